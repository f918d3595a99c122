import { getMeetingAnswerPageRoute } from '../shared/api/routes/meetings/meeting-answer-page';
import { linkPageHandler } from '../shared/pages/link-page-handler';
import { answerContext } from '../shared/meetings/answer-context';
import { movedToWebPage } from '../shared/pages/moved-to-web';
import { webPagePaths } from '../shared/web/page-links';

/** The answer link of older emails: on to the web page in the recipient's language (changes nothing). */
export const handler = linkPageHandler(getMeetingAnswerPageRoute, async ({ caller, query }) => {
  const { reader } = await answerContext(caller.answer);
  return movedToWebPage(webPagePaths.meetingAnswer(reader.language, caller.answer.meetingRequestId), query.token);
});
