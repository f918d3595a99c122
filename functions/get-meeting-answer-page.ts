import { getMeetingAnswerPageRoute } from '../shared/api/routes/meetings/meeting-answer-page';
import { httpHandler } from '../shared/http/http-handler';
import { answerPageResult } from '../shared/pages/meeting-answer-result';

/** Mail scanners follow links: this only shows the request. */
export const handler = httpHandler(getMeetingAnswerPageRoute, ({ caller }) => answerPageResult(caller.answer));
