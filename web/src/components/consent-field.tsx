import { useI18n } from '../i18n/index';
import { FieldError } from './fields';

/** The version of the consent text shown (register.consentText); change it when the text changes. */
export const CONSENT_VERSION = '2019-01';

/**
 * The consent the registration and press forms ask for: the text and its version, which the
 * checkbox is described by (with its error when there is one), so a screen reader on it hears why.
 */
export function ConsentField({ checked, error, onChange }: { checked: boolean; error?: string | undefined; onChange: (checked: boolean) => void }) {
  const { t } = useI18n();
  return (
    <fieldset class={error ? 'field--invalid' : undefined}>
      <legend>{t('register.consentHeading')}</legend>
      <p id="consent-text">{t('register.consentText')}</p>
      <p class="muted" id="consent-version">{t('register.consentVersion', { version: CONSENT_VERSION })}</p>
      <div class="choice">
        <input type="checkbox" id="consent" required checked={checked} aria-describedby={`consent-text consent-version${error ? ' consent-error' : ''}`}
          aria-invalid={error ? 'true' : undefined} onChange={(e) => onChange(e.currentTarget.checked)} />
        <label for="consent">{t('register.consent')} <span class="field__need">({t('common.required')})</span></label>
      </div>
      <FieldError id="consent" error={error} />
    </fieldset>
  );
}
