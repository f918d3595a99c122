/**
 * The registration feature's words, without zod: the API's schemas (`shared/api/`) build their enums
 * from these lists, and modules that only need the words (the meeting directory's filter, the check-in
 * answer, the emails) import them from here rather than the registration schemas, which construct
 * about 280 zod schemas at load (docs/benchmarks.md, part 1).
 */
export const participantTypes = ['cluster-manager', 'company', 'institution', 'research', 'other'] as const;

/** Where a registration stands. */
export const registrationStatuses = ['confirmed', 'waitlisted', 'cancelled'] as const;
