import type { MailText } from '../mail/index.js';

/** What the inactivity warning says: whom, how many days are left, where to sign in. */
export interface InactivityArgs {
  name: string;
  inactiveDays: number;
  days: number;
  signIn: string;
}

const academy = 'Circular Procurement Academy';

/** The inactivity warning in the eight interface languages (formal register, as the other mail). */
const texts: Record<string, (a: InactivityArgs) => MailText> = {
  en: (a) => ({
    subject: `Your ${academy} account will be anonymised in ${a.days} days`,
    text:
      `Hello ${a.name},\n\nyou have not signed in to the ${academy} for ${a.inactiveDays} days. ` +
      `Unless you sign in within ${a.days} days, your account will be anonymised: your name, email address and organisation are removed, ` +
      `your certificates stay verifiable.\n\nTo keep your account, sign in: ${a.signIn}\n`,
  }),
  nl: (a) => ({
    subject: `Uw account bij de ${academy} wordt over ${a.days} dagen geanonimiseerd`,
    text:
      `Beste ${a.name},\n\nu hebt zich al ${a.inactiveDays} dagen niet aangemeld bij de ${academy}. ` +
      `Als u zich niet binnen ${a.days} dagen aanmeldt, wordt uw account geanonimiseerd: uw naam, e-mailadres en organisatie worden verwijderd, ` +
      `uw certificaten blijven controleerbaar.\n\nMeld u aan om uw account te behouden: ${a.signIn}\n`,
  }),
  de: (a) => ({
    subject: `Ihr Konto bei der ${academy} wird in ${a.days} Tagen anonymisiert`,
    text:
      `Guten Tag ${a.name},\n\nSie haben sich seit ${a.inactiveDays} Tagen nicht bei der ${academy} angemeldet. ` +
      `Wenn Sie sich nicht innerhalb von ${a.days} Tagen anmelden, wird Ihr Konto anonymisiert: Ihr Name, Ihre E-Mail-Adresse und Ihre Organisation werden entfernt, ` +
      `Ihre Zertifikate bleiben prüfbar.\n\nUm Ihr Konto zu behalten, melden Sie sich an: ${a.signIn}\n`,
  }),
  fr: (a) => ({
    subject: `Votre compte sur la ${academy} sera anonymisé dans ${a.days} jours`,
    text:
      `Bonjour ${a.name},\n\nvous ne vous êtes pas connecté à la ${academy} depuis ${a.inactiveDays} jours. ` +
      `Si vous ne vous connectez pas dans les ${a.days} jours, votre compte sera anonymisé : votre nom, votre adresse e-mail et votre organisation seront supprimés, ` +
      `vos certificats resteront vérifiables.\n\nPour conserver votre compte, connectez-vous : ${a.signIn}\n`,
  }),
  it: (a) => ({
    subject: `Il Suo account presso la ${academy} sarà anonimizzato tra ${a.days} giorni`,
    text:
      `Gentile ${a.name},\n\nnon accede alla ${academy} da ${a.inactiveDays} giorni. ` +
      `Se non accede entro ${a.days} giorni, il Suo account sarà anonimizzato: nome, indirizzo e-mail e organizzazione saranno rimossi, ` +
      `i Suoi certificati resteranno verificabili.\n\nPer mantenere l’account, acceda: ${a.signIn}\n`,
  }),
  bg: (a) => ({
    subject: `Профилът Ви в ${academy} ще бъде анонимизиран след ${a.days} дни`,
    text:
      `Здравейте, ${a.name},\n\nне сте влизали в ${academy} от ${a.inactiveDays} дни. ` +
      `Ако не влезете в рамките на ${a.days} дни, профилът Ви ще бъде анонимизиран: името, имейл адресът и организацията Ви се премахват, ` +
      `сертификатите Ви остават проверими.\n\nЗа да запазите профила си, влезте: ${a.signIn}\n`,
  }),
  fi: (a) => ({
    subject: `${academy} -tilisi anonymisoidaan ${a.days} päivän kuluttua`,
    text:
      `Hei ${a.name},\n\net ole kirjautunut ${academy} -palveluun ${a.inactiveDays} päivään. ` +
      `Jos et kirjaudu ${a.days} päivän kuluessa, tilisi anonymisoidaan: nimesi, sähköpostiosoitteesi ja organisaatiosi poistetaan, ` +
      `todistuksesi voi yhä tarkistaa.\n\nSäilytä tilisi kirjautumalla: ${a.signIn}\n`,
  }),
  nb: (a) => ({
    subject: `Kontoen din i ${academy} blir anonymisert om ${a.days} dager`,
    text:
      `Hei ${a.name},\n\ndu har ikke logget inn i ${academy} på ${a.inactiveDays} dager. ` +
      `Hvis du ikke logger inn innen ${a.days} dager, blir kontoen din anonymisert: navnet, e-postadressen og organisasjonen din fjernes, ` +
      `kursbevisene dine kan fortsatt kontrolleres.\n\nLogg inn for å beholde kontoen: ${a.signIn}\n`,
  }),
};

export function inactivityWarning(locale: string, args: InactivityArgs): MailText {
  return (texts[locale] ?? texts.en!)(args);
}
