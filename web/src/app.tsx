import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { createI18n, I18nContext, languageCodes, type I18n } from './i18n/index';
import { catalogues, pageLanguage, preferredLanguage } from './i18n/languages';
import { useLoaded } from './lazy';
import { pageFor } from './pages';
import { canonicalPath, defaultHome, interceptLinks, match, navigate, pathLanguage, usePath } from './router';
import { Layout, Loading, NotFound, Notice } from './components/layout';
import { loadingEnded, loadingStarted } from './components/ready-marker';


/**
 * The page of the current path in its language. Both are loaded on demand (pages.tsx,
 * i18n/languages.ts); main.tsx waits for the first ones, so the first render is the page itself.
 * After a navigation the previous language speaks until the new one has arrived.
 */
export function App() {
  const path = usePath();
  // `/`, `/fr/`, `…/register/`: the page of the address they stand for, at once (the address is replaced below).
  const canonical = canonicalPath(path, defaultHome, languageCodes, preferredLanguage());
  const route = match(canonical ?? path);
  // A path no page answers still speaks its first segment's language (`/ar/nope`: Arabic, right to left).
  const language = pageLanguage(route?.params.lang ?? pathLanguage(path, languageCodes));
  const { value: catalogue, failed: catalogueFailed } = useLoaded(catalogues[language]);
  const { value: view, failed: pageFailed } = useLoaded(pageFor(route));
  const loadedI18n = useMemo(() => (catalogue ? createI18n(language, catalogue) : undefined), [language, catalogue]);
  const lastI18n = useRef<I18n | undefined>(undefined);
  if (loadedI18n) lastI18n.current = loadedI18n;
  const i18n = lastI18n.current;

  // In the same task as the render (not after paint): Arabic text is never announced, nor laid out, as French.
  useLayoutEffect(() => {
    if (!i18n) return;
    document.documentElement.lang = i18n.language;
    document.documentElement.dir = i18n.dir;
  }, [i18n]);

  useEffect(() => {
    document.addEventListener('click', interceptLinks);
    return () => document.removeEventListener('click', interceptLinks);
  }, []);

  useEffect(() => {
    // The hash too: an emailed link's token, unless the page has taken it already.
    if (canonical !== undefined) navigate(canonical + location.search + location.hash, { replace: true });
  }, [canonical]);

  // Only when even the first language could not be fetched (offline): nothing to say it with.
  if (!i18n) return catalogueFailed ? <p role="alert">Rendezvous: network error. / Erreur réseau.</p> : null;
  const page = (() => {
    if (!route) return <NotFound />;
    if (pageFailed || catalogueFailed) return <Layout title={i18n.t('app.name')}><Notice kind="error">{i18n.t('common.error')}</Notice></Layout>;
    if (!view) return <Loading />;
    // The page's code is here, its new language not yet (the language switcher, before that language's first
    // load): the page stays, in the language it speaks, until the new one arrives. A Loading in its place
    // unmounted it, and a form half filled in French was empty in Arabic (registration, press, the manage page).
    if (!loadedI18n) return <>{view(route)}<HoldReady /></>;
    return view(route);
  })();

  return <I18nContext.Provider value={i18n}>{page}</I18nContext.Provider>;
}

/** Holds the ready marker back (as a Loading indicator does) without showing anything: the page on screen is not the one asked for yet. */
function HoldReady() {
  useEffect(() => {
    loadingStarted();
    return loadingEnded;
  }, []);
  return null;
}
