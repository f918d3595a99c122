import { decidePressReviewRoute } from '../shared/api/routes/press-review';
import { httpHandler } from '../shared/http/http-handler';
import { decidePressAccreditation } from '../shared/press/decide-press-accreditation';
import { decisionJson } from '../shared/press/press-review';

/** The first decision wins; later ones get 409 naming who decided. */
export const handler = httpHandler(decidePressReviewRoute, async ({ body, caller: { decision } }) => decisionJson(await decidePressAccreditation(decision, body, new Date())));
