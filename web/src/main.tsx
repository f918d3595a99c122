import { render } from 'preact';
import { languageLayouts } from '../../shared/email/i18n/language-settings';
import { App } from './app';
import { loadEvent } from './components/use-event';
import { catalogues, pageLanguage } from './i18n/languages';
import { prepareDateFormats } from './i18n/prepare-dates';
import { pageFor } from './pages';
import { match } from './router';

/**
 * Before the first render, at once and in parallel: the page's module, its language's strings and
 * the public event (GET /events/{id}, which most pages read first). The app then renders the page
 * itself rather than a "loading" state, and its data is often there already (docs/web.md, "Loading").
 * While they travel, the locale's date data is loaded (the first date format of a locale is costly).
 */
const ignoreFailure = () => undefined; // the app shows it when it renders
const route = match(location.pathname);
const language = pageLanguage(route?.params.lang);
if (route?.params.eventId) loadEvent(route.params.eventId).catch(ignoreFailure);
Promise.all([catalogues[language].load(), pageFor(route)?.load()])
  .catch(ignoreFailure)
  .then(() => render(<App />, document.getElementById('app')!));
// In a task of its own: the chunks' requests go out first (a dynamic import is requested from a microtask).
setTimeout(() => prepareDateFormats(languageLayouts[language].locale));
