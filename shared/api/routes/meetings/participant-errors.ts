import { problemResponse } from '../problem-response';

/** The refusals every route of a participant's meetings can give. */
export const participantErrors = {
  401: problemResponse('No or invalid manage token'),
  403: problemResponse('Not one of the participants allowed to do this'),
  404: problemResponse('No such meeting request or participant'),
};
