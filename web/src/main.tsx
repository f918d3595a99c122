import { render } from 'preact';
import { App } from './app';
import { loadEvent } from './components/use-event';
import { catalogues, pageLanguage } from './i18n/languages';
import { pageFor } from './pages';
import { match } from './router';

/**
 * Before the first render, at once and in parallel: the page's module, its language's strings and
 * the public event (GET /events/{id}, which most pages read first). The app then renders the page
 * itself rather than a "loading" state, and its data is often there already (docs/web.md, "Loading").
 */
const ignoreFailure = () => undefined; // the app shows it when it renders
const route = match(location.pathname);
if (route?.params.eventId) loadEvent(route.params.eventId).catch(ignoreFailure);
Promise.all([catalogues[pageLanguage(route?.params.lang)].load(), pageFor(route)?.load()])
  .catch(ignoreFailure)
  .then(() => render(<App />, document.getElementById('app')!));
