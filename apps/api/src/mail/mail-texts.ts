/**
 * Every mail the academy sends, in the eight interface languages, in one place. Formal register
 * (u, Sie, vous, Lei, Вие; Finnish and Norwegian in their usual polite neutral form). Texts are
 * plain; `renderHtml` escapes them for the HTML part, so names and titles from users are safe.
 */
export const mailLocales = ['en', 'nl', 'de', 'fr', 'it', 'bg', 'fi', 'nb'] as const;
export type MailLocale = (typeof mailLocales)[number];

export interface MailText {
  subject: string;
  text: string;
}

export interface InvitationArgs {
  name: string;
  cohort: string;
  email: string;
  days: number;
  link: string;
}
export interface ConfirmationArgs {
  cohort: string;
  link: string;
}
export interface ExistingAccountArgs {
  signIn: string;
}
export interface AnnouncementArgs {
  cohort: string;
  title: string;
  body: string;
  link: string;
}

interface Texts {
  invitation(a: InvitationArgs): MailText;
  confirmation(a: ConfirmationArgs): MailText;
  existingAccount(a: ExistingAccountArgs): MailText;
  announcement(a: AnnouncementArgs): MailText;
}

const academy = 'Circular Procurement Academy';

const texts: Record<MailLocale, Texts> = {
  en: {
    invitation: (a) => ({
      subject: `Invitation: “${a.cohort}”`,
      text:
        `Hello ${a.name},\n\nyou are invited to “${a.cohort}” at the ${academy}.\n` +
        `To accept, open this link and sign in — or create an account — with this email address (${a.email}).\n` +
        `Until you accept, the hosts see nothing of your progress. The link works for ${a.days} days:\n\n${a.link}\n`,
    }),
    confirmation: (a) => ({
      subject: `Confirm your email address to join “${a.cohort}”`,
      text:
        `Hello,\n\nplease confirm that this is your email address by opening the link below while signed in to the ${academy}. ` +
        `You then join “${a.cohort}”.\n\n${a.link}\n\nIf you did not create an account, ignore this message.\n`,
    }),
    existingAccount: (a) => ({
      subject: 'Someone tried to create an account with your email address',
      text:
        `Someone (perhaps you) tried to create a new account on the ${academy} with this email address, which already has an account.\n\n` +
        `No new account was created and nothing about your account changed.\n\n` +
        `If it was you, sign in with your existing password: ${a.signIn}\n` +
        `If you were invited to a cohort and have not chosen a password yet, use the link in your invitation.\n` +
        `If it was not you, you can ignore this message.`,
    }),
    announcement: (a) => ({
      subject: `“${a.cohort}”: ${a.title}`,
      text: `A new announcement from the hosts of “${a.cohort}”:\n\n${a.title}\n\n${a.body}\n\nRead it in the academy: ${a.link}\n`,
    }),
  },
  nl: {
    invitation: (a) => ({
      subject: `Uitnodiging: “${a.cohort}”`,
      text:
        `Beste ${a.name},\n\nu bent uitgenodigd voor “${a.cohort}” van de ${academy}.\n` +
        `Open deze link om de uitnodiging aan te nemen en meld u aan — of maak een account aan — met dit e-mailadres (${a.email}).\n` +
        `Zolang u de uitnodiging niet hebt aangenomen, zien de begeleiders niets van uw voortgang. De link is ${a.days} dagen geldig:\n\n${a.link}\n`,
    }),
    confirmation: (a) => ({
      subject: `Bevestig uw e-mailadres om deel te nemen aan “${a.cohort}”`,
      text:
        `Beste deelnemer,\n\nbevestig dat dit uw e-mailadres is door de onderstaande link te openen terwijl u bent aangemeld bij de ${academy}. ` +
        `Daarna neemt u deel aan “${a.cohort}”.\n\n${a.link}\n\nHebt u geen account aangemaakt, dan kunt u dit bericht negeren.\n`,
    }),
    existingAccount: (a) => ({
      subject: 'Iemand probeerde een account aan te maken met uw e-mailadres',
      text:
        `Iemand (misschien u) probeerde een nieuw account aan te maken op de ${academy} met dit e-mailadres, dat al een account heeft.\n\n` +
        `Er is geen nieuw account aangemaakt en aan uw account is niets veranderd.\n\n` +
        `Was u het, meld u dan aan met uw bestaande wachtwoord: ${a.signIn}\n` +
        `Bent u uitgenodigd voor een cohort en heeft u nog geen wachtwoord gekozen, gebruik dan de link in uw uitnodiging.\n` +
        `Was u het niet, dan kunt u dit bericht negeren.`,
    }),
    announcement: (a) => ({
      subject: `“${a.cohort}”: ${a.title}`,
      text: `Een nieuwe mededeling van de begeleiders van “${a.cohort}”:\n\n${a.title}\n\n${a.body}\n\nLees deze in de academie: ${a.link}\n`,
    }),
  },
  de: {
    invitation: (a) => ({
      subject: `Einladung: „${a.cohort}“`,
      text:
        `Guten Tag ${a.name},\n\nSie sind zu „${a.cohort}“ an der ${academy} eingeladen.\n` +
        `Um die Einladung anzunehmen, öffnen Sie diesen Link und melden Sie sich mit dieser E-Mail-Adresse (${a.email}) an – oder legen Sie ein Konto an.\n` +
        `Bis Sie annehmen, sehen die Gastgeber nichts von Ihrem Fortschritt. Der Link ist ${a.days} Tage gültig:\n\n${a.link}\n`,
    }),
    confirmation: (a) => ({
      subject: `Bestätigen Sie Ihre E-Mail-Adresse, um „${a.cohort}“ beizutreten`,
      text:
        `Guten Tag,\n\nbitte bestätigen Sie, dass dies Ihre E-Mail-Adresse ist, indem Sie den folgenden Link öffnen, während Sie an der ${academy} angemeldet sind. ` +
        `Danach nehmen Sie an „${a.cohort}“ teil.\n\n${a.link}\n\nFalls Sie kein Konto angelegt haben, ignorieren Sie diese Nachricht bitte.\n`,
    }),
    existingAccount: (a) => ({
      subject: 'Jemand wollte mit Ihrer E-Mail-Adresse ein Konto anlegen',
      text:
        `Jemand (vielleicht Sie) wollte an der ${academy} ein neues Konto mit dieser E-Mail-Adresse anlegen, zu der es bereits ein Konto gibt.\n\n` +
        `Es wurde kein neues Konto angelegt, und an Ihrem Konto hat sich nichts geändert.\n\n` +
        `Waren Sie es, melden Sie sich mit Ihrem bisherigen Passwort an: ${a.signIn}\n` +
        `Wurden Sie zu einer Kohorte eingeladen und haben noch kein Passwort gewählt, nutzen Sie den Link in Ihrer Einladung.\n` +
        `Waren Sie es nicht, können Sie diese Nachricht ignorieren.`,
    }),
    announcement: (a) => ({
      subject: `„${a.cohort}“: ${a.title}`,
      text: `Eine neue Mitteilung der Gastgeber von „${a.cohort}“:\n\n${a.title}\n\n${a.body}\n\nIn der Akademie lesen: ${a.link}\n`,
    }),
  },
  fr: {
    invitation: (a) => ({
      subject: `Invitation : « ${a.cohort} »`,
      text:
        `Bonjour ${a.name},\n\nvous êtes invité(e) à « ${a.cohort} » de la ${academy}.\n` +
        `Pour accepter, ouvrez ce lien et connectez-vous — ou créez un compte — avec cette adresse e-mail (${a.email}).\n` +
        `Tant que vous n’avez pas accepté, les animateurs ne voient rien de votre progression. Le lien est valable ${a.days} jours :\n\n${a.link}\n`,
    }),
    confirmation: (a) => ({
      subject: `Confirmez votre adresse e-mail pour rejoindre « ${a.cohort} »`,
      text:
        `Bonjour,\n\nveuillez confirmer qu’il s’agit bien de votre adresse e-mail en ouvrant le lien ci-dessous tout en étant connecté(e) à la ${academy}. ` +
        `Vous rejoindrez alors « ${a.cohort} ».\n\n${a.link}\n\nSi vous n’avez pas créé de compte, ignorez ce message.\n`,
    }),
    existingAccount: (a) => ({
      subject: 'Quelqu’un a tenté de créer un compte avec votre adresse e-mail',
      text:
        `Quelqu’un (peut-être vous) a tenté de créer un nouveau compte sur la ${academy} avec cette adresse e-mail, qui possède déjà un compte.\n\n` +
        `Aucun compte n’a été créé et rien n’a changé dans votre compte.\n\n` +
        `Si c’était vous, connectez-vous avec votre mot de passe actuel : ${a.signIn}\n` +
        `Si vous avez été invité(e) à une cohorte sans avoir encore choisi de mot de passe, utilisez le lien de votre invitation.\n` +
        `Si ce n’était pas vous, vous pouvez ignorer ce message.`,
    }),
    announcement: (a) => ({
      subject: `« ${a.cohort} » : ${a.title}`,
      text: `Une nouvelle annonce des animateurs de « ${a.cohort} » :\n\n${a.title}\n\n${a.body}\n\nLa lire dans l’académie : ${a.link}\n`,
    }),
  },
  it: {
    invitation: (a) => ({
      subject: `Invito: «${a.cohort}»`,
      text:
        `Gentile ${a.name},\n\nLei è invitato/a a «${a.cohort}» della ${academy}.\n` +
        `Per accettare, apra questo link e acceda — o crei un account — con questo indirizzo e-mail (${a.email}).\n` +
        `Finché non accetta, i responsabili non vedono nulla dei Suoi progressi. Il link è valido per ${a.days} giorni:\n\n${a.link}\n`,
    }),
    confirmation: (a) => ({
      subject: `Confermi il Suo indirizzo e-mail per partecipare a «${a.cohort}»`,
      text:
        `Gentile utente,\n\nLa preghiamo di confermare che questo è il Suo indirizzo e-mail aprendo il link seguente dopo aver effettuato l’accesso alla ${academy}. ` +
        `Parteciperà così a «${a.cohort}».\n\n${a.link}\n\nSe non ha creato un account, ignori questo messaggio.\n`,
    }),
    existingAccount: (a) => ({
      subject: 'Qualcuno ha tentato di creare un account con il Suo indirizzo e-mail',
      text:
        `Qualcuno (forse Lei) ha tentato di creare un nuovo account sulla ${academy} con questo indirizzo e-mail, che ha già un account.\n\n` +
        `Non è stato creato alcun account e nel Suo account non è cambiato nulla.\n\n` +
        `Se è stato Lei, acceda con la Sua password attuale: ${a.signIn}\n` +
        `Se è stato/a invitato/a a una coorte e non ha ancora scelto una password, usi il link del Suo invito.\n` +
        `Se non è stato Lei, può ignorare questo messaggio.`,
    }),
    announcement: (a) => ({
      subject: `«${a.cohort}»: ${a.title}`,
      text: `Un nuovo avviso dai responsabili di «${a.cohort}»:\n\n${a.title}\n\n${a.body}\n\nLo legga nell’accademia: ${a.link}\n`,
    }),
  },
  bg: {
    invitation: (a) => ({
      subject: `Покана: „${a.cohort}“`,
      text:
        `Здравейте, ${a.name},\n\nпоканени сте в „${a.cohort}“ на ${academy}.\n` +
        `За да приемете, отворете тази връзка и влезте — или създайте профил — с този имейл адрес (${a.email}).\n` +
        `Докато не приемете, водещите не виждат нищо от Вашия напредък. Връзката е валидна ${a.days} дни:\n\n${a.link}\n`,
    }),
    confirmation: (a) => ({
      subject: `Потвърдете имейл адреса си, за да се присъедините към „${a.cohort}“`,
      text:
        `Здравейте,\n\nмоля, потвърдете, че това е Вашият имейл адрес, като отворите връзката по-долу, докато сте влезли в ${academy}. ` +
        `След това ще се присъедините към „${a.cohort}“.\n\n${a.link}\n\nАко не сте създавали профил, моля, пренебрегнете това съобщение.\n`,
    }),
    existingAccount: (a) => ({
      subject: 'Някой се опита да създаде профил с Вашия имейл адрес',
      text:
        `Някой (може би Вие) се опита да създаде нов профил в ${academy} с този имейл адрес, за който вече има профил.\n\n` +
        `Не е създаден нов профил и във Вашия профил нищо не е променено.\n\n` +
        `Ако сте били Вие, влезте със сегашната си парола: ${a.signIn}\n` +
        `Ако сте поканени в група и още не сте избрали парола, използвайте връзката от поканата си.\n` +
        `Ако не сте били Вие, можете да пренебрегнете това съобщение.`,
    }),
    announcement: (a) => ({
      subject: `„${a.cohort}“: ${a.title}`,
      text: `Ново съобщение от водещите на „${a.cohort}“:\n\n${a.title}\n\n${a.body}\n\nПрочетете го в академията: ${a.link}\n`,
    }),
  },
  fi: {
    invitation: (a) => ({
      subject: `Kutsu: ”${a.cohort}”`,
      text:
        `Hei ${a.name},\n\nteidät on kutsuttu ryhmään ”${a.cohort}” ${academy} -palvelussa.\n` +
        `Hyväksyäksenne kutsun avatkaa tämä linkki ja kirjautukaa sisään – tai luokaa tili – tällä sähköpostiosoitteella (${a.email}).\n` +
        `Ennen kuin hyväksytte kutsun, ohjaajat eivät näe edistymisestänne mitään. Linkki on voimassa ${a.days} päivää:\n\n${a.link}\n`,
    }),
    confirmation: (a) => ({
      subject: `Vahvistakaa sähköpostiosoitteenne liittyäksenne ryhmään ”${a.cohort}”`,
      text:
        `Hei,\n\nvahvistakaa, että tämä on sähköpostiosoitteenne, avaamalla alla oleva linkki ollessanne kirjautuneena ${academy} -palveluun. ` +
        `Sen jälkeen liitytte ryhmään ”${a.cohort}”.\n\n${a.link}\n\nJos ette luonut tiliä, voitte jättää tämän viestin huomiotta.\n`,
    }),
    existingAccount: (a) => ({
      subject: 'Joku yritti luoda tilin sähköpostiosoitteellanne',
      text:
        `Joku (ehkä te) yritti luoda uuden tilin ${academy} -palveluun tällä sähköpostiosoitteella, jolla on jo tili.\n\n` +
        `Uutta tiliä ei luotu, eikä tilissänne muuttunut mitään.\n\n` +
        `Jos se olitte te, kirjautukaa sisään nykyisellä salasanallanne: ${a.signIn}\n` +
        `Jos teidät on kutsuttu ryhmään ettekä ole vielä valinnut salasanaa, käyttäkää kutsussa olevaa linkkiä.\n` +
        `Jos se ette ollut te, voitte jättää tämän viestin huomiotta.`,
    }),
    announcement: (a) => ({
      subject: `”${a.cohort}”: ${a.title}`,
      text: `Uusi tiedote ryhmän ”${a.cohort}” ohjaajilta:\n\n${a.title}\n\n${a.body}\n\nLukekaa se akatemiassa: ${a.link}\n`,
    }),
  },
  nb: {
    invitation: (a) => ({
      subject: `Invitasjon: «${a.cohort}»`,
      text:
        `Hei ${a.name},\n\ndu er invitert til «${a.cohort}» i ${academy}.\n` +
        `For å takke ja åpner du denne lenken og logger inn – eller oppretter en konto – med denne e-postadressen (${a.email}).\n` +
        `Før du takker ja, ser verterne ingenting av fremdriften din. Lenken er gyldig i ${a.days} dager:\n\n${a.link}\n`,
    }),
    confirmation: (a) => ({
      subject: `Bekreft e-postadressen din for å bli med i «${a.cohort}»`,
      text:
        `Hei,\n\nvennligst bekreft at dette er e-postadressen din ved å åpne lenken nedenfor mens du er logget inn i ${academy}. ` +
        `Da blir du med i «${a.cohort}».\n\n${a.link}\n\nHar du ikke opprettet en konto, kan du se bort fra denne meldingen.\n`,
    }),
    existingAccount: (a) => ({
      subject: 'Noen forsøkte å opprette en konto med e-postadressen din',
      text:
        `Noen (kanskje du) forsøkte å opprette en ny konto i ${academy} med denne e-postadressen, som allerede har en konto.\n\n` +
        `Ingen ny konto ble opprettet, og ingenting ved kontoen din er endret.\n\n` +
        `Var det deg, logger du inn med ditt nåværende passord: ${a.signIn}\n` +
        `Er du invitert til et kull og har ikke valgt passord ennå, bruker du lenken i invitasjonen.\n` +
        `Var det ikke deg, kan du se bort fra denne meldingen.`,
    }),
    announcement: (a) => ({
      subject: `«${a.cohort}»: ${a.title}`,
      text: `En ny kunngjøring fra verterne av «${a.cohort}»:\n\n${a.title}\n\n${a.body}\n\nLes den i akademiet: ${a.link}\n`,
    }),
  },
};

/** The texts in a locale such as `de` or `nl-BE` (by its language), else English. */
export function mailTexts(locale: string | null | undefined): Texts {
  const language = (locale ?? 'en').toLowerCase().split(/[-_]/)[0] as MailLocale;
  return texts[language] ?? texts.en;
}

const escapeHtml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/**
 * The HTML part of a plain-text mail: every character of the text escaped (names, titles and
 * announcement bodies come from users), paragraphs kept, and http(s) links made clickable.
 */
export function renderHtml(text: string, lang: string): string {
  const paragraphs = text
    .trim()
    .split(/\n{2,}/)
    .map((p) =>
      escapeHtml(p)
        .replace(/https?:\/\/[^\s<>"']+/g, (url) => `<a href="${url}">${url}</a>`)
        .replace(/\n/g, '<br>\n'),
    );
  return `<!doctype html>\n<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"></head><body>\n${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}\n</body></html>\n`;
}
