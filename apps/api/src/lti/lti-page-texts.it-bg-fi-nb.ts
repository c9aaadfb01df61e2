import { LtiProblem } from './lti.errors.js';
import type { LtiPageTexts } from './lti-page-texts.js';

const P = LtiProblem;

/** The LTI pages in it, bg, fi, nb (one advice per kind of fix: registration, keys, client ID, open again). */
export const textsItBgFiNb: Record<'it' | 'bg' | 'fi' | 'nb', LtiPageTexts> = {
  it: {
    errorTitle: 'Non è stato possibile aprire l’accademia',
    errorHeading:
      'Non è stato possibile aprire l’accademia dalla vostra piattaforma di apprendimento',
    genericProblem: 'La richiesta della piattaforma di apprendimento non è stata accettata.',
    problems: {
      [P.UnknownIssuer]: 'Questa piattaforma di apprendimento non è registrata presso l’accademia.',
      [P.UnknownClient]:
        'L’accademia non conosce questa registrazione dello strumento (ID client).',
      [P.UnknownDeployment]:
        'Questo deployment dello strumento non è registrato presso l’accademia.',
      [P.BadSignature]: 'Il messaggio della piattaforma ha una firma non valida.',
      [P.PlatformKeysUnavailable]:
        'L’accademia non è riuscita a leggere le chiavi pubbliche della piattaforma.',
      [P.WrongAudience]: 'Il messaggio della piattaforma era destinato a un altro strumento.',
      [P.ExpiredToken]: 'Il messaggio della piattaforma è scaduto.',
      [P.ExpiredLogin]: 'L’accesso ha richiesto troppo tempo ed è scaduto.',
      [P.ReplayedNonce]: 'Questo avvio è già stato usato.',
      [P.UnknownState]: 'L’accademia non riconosce questo accesso.',
      [P.NotAllowed]: 'Solo i docenti possono aggiungere contenuti dell’accademia a un corso.',
      [P.RegistrationLinkInvalid]:
        'Questo link di registrazione dell’accademia non è valido (sconosciuto, già usato o scaduto).',
      [P.InvalidPlatformConfiguration]:
        'La configurazione della piattaforma di apprendimento non è leggibile o è incompleta.',
      [P.RegistrationRefused]:
        'La piattaforma di apprendimento non ha accettato la registrazione dell’accademia.',
    },
    defaultAdvice:
      'Riaprite l’attività dalla vostra piattaforma di apprendimento; se continua a non funzionare, avvisate l’amministratore.',
    advice: {
      [P.RegistrationLinkInvalid]:
        'Un amministratore dell’accademia crea un nuovo link di registrazione in Amministrazione → Piattaforme di apprendimento (LTI).',
      [P.UnknownIssuer]:
        'Un amministratore dell’accademia registra la piattaforma in Amministrazione → Piattaforme di apprendimento (LTI).',
      [P.UnknownClient]:
        'Verificate che l’ID client registrato nell’accademia sia quello che la piattaforma mostra per questo strumento.',
      [P.UnknownDeployment]:
        'Un amministratore dell’accademia aggiunge questo ID di deployment alla registrazione della piattaforma.',
      [P.BadSignature]:
        'Verificate l’URL del set di chiavi pubbliche della piattaforma nella registrazione.',
      [P.PlatformKeysUnavailable]:
        'Verificate l’URL del set di chiavi pubbliche della piattaforma nella registrazione e che l’accademia possa raggiungerlo.',
      [P.WrongAudience]:
        'Verificate che l’ID client registrato nell’accademia sia quello che la piattaforma mostra per questo strumento.',
      [P.ExpiredToken]: 'Riaprite l’attività dalla vostra piattaforma di apprendimento.',
      [P.ExpiredLogin]: 'Riaprite l’attività dalla vostra piattaforma di apprendimento.',
      [P.ReplayedNonce]: 'Riaprite l’attività dalla vostra piattaforma di apprendimento.',
      [P.UnknownState]: 'Riaprite l’attività dalla vostra piattaforma di apprendimento.',
    },
    details: 'Dettagli per l’amministratore:',
    problemCode: 'Codice del problema:',
    goToAcademy: 'Vai all’accademia',
    pickerTitle: 'Aggiungere un corso o un modulo dell’accademia',
    pickerEmpty: 'L’accademia non ha ancora corsi.',
    pickerLegend: 'Che cosa deve aprire l’attività?',
    course: 'Corso',
    module: 'Modulo',
    add: 'Aggiungi al corso',
    returning: 'Ritorno alla vostra piattaforma di apprendimento…',
    continue: 'Continua',
    registeredTitle: 'L’accademia è registrata',
    registeredBody:
      'La tua piattaforma di apprendimento ha registrato l’accademia come strumento LTI:',
    registeredClose:
      'Puoi chiudere questa finestra; la piattaforma potrebbe chiederti di attivare lo strumento.',
  },
  bg: {
    errorTitle: 'Академията не можа да бъде отворена',
    errorHeading: 'Академията не можа да бъде отворена от вашата платформа за обучение',
    genericProblem: 'Заявката на платформата за обучение не можа да бъде приета.',
    problems: {
      [P.UnknownIssuer]: 'Тази платформа за обучение не е регистрирана в академията.',
      [P.UnknownClient]:
        'Академията не познава тази регистрация на инструмента (идентификатор на клиента).',
      [P.UnknownDeployment]: 'Тази инсталация на инструмента не е регистрирана в академията.',
      [P.BadSignature]: 'Съобщението на платформата е с невалиден подпис.',
      [P.PlatformKeysUnavailable]:
        'Академията не успя да прочете публичните ключове на платформата.',
      [P.WrongAudience]: 'Съобщението на платформата е предназначено за друг инструмент.',
      [P.ExpiredToken]: 'Съобщението на платформата е изтекло.',
      [P.ExpiredLogin]: 'Влизането отне твърде дълго и изтече.',
      [P.ReplayedNonce]: 'Това стартиране вече е използвано веднъж.',
      [P.UnknownState]: 'Академията не разпознава това влизане.',
      [P.NotAllowed]: 'Само преподаватели могат да добавят съдържание от академията към курс.',
      [P.RegistrationLinkInvalid]:
        'Тази връзка за регистрация на академията не е валидна (непозната, вече използвана или изтекла).',
      [P.InvalidPlatformConfiguration]:
        'Конфигурацията на платформата за обучение не може да бъде прочетена или е непълна.',
      [P.RegistrationRefused]: 'Платформата за обучение не прие регистрацията на академията.',
    },
    defaultAdvice:
      'Отворете дейността отново от вашата платформа за обучение; ако проблемът продължава, съобщете на нейния администратор.',
    advice: {
      [P.RegistrationLinkInvalid]:
        'Администратор на академията създава нова връзка за регистрация в Администрация → Платформи за обучение (LTI).',
      [P.UnknownIssuer]:
        'Администратор на академията регистрира платформата в Администриране → Платформи за обучение (LTI).',
      [P.UnknownClient]:
        'Проверете дали идентификаторът на клиента в академията съвпада с този, който платформата показва за инструмента.',
      [P.UnknownDeployment]:
        'Администратор на академията добавя този идентификатор на инсталацията към регистрацията на платформата.',
      [P.BadSignature]: 'Проверете адреса на публичните ключове на платформата в регистрацията.',
      [P.PlatformKeysUnavailable]:
        'Проверете адреса на публичните ключове на платформата в регистрацията и дали академията има достъп до него.',
      [P.WrongAudience]:
        'Проверете дали идентификаторът на клиента в академията съвпада с този, който платформата показва за инструмента.',
      [P.ExpiredToken]: 'Отворете дейността отново от вашата платформа за обучение.',
      [P.ExpiredLogin]: 'Отворете дейността отново от вашата платформа за обучение.',
      [P.ReplayedNonce]: 'Отворете дейността отново от вашата платформа за обучение.',
      [P.UnknownState]: 'Отворете дейността отново от вашата платформа за обучение.',
    },
    details: 'Подробности за администратора:',
    problemCode: 'Код на проблема:',
    goToAcademy: 'Към академията',
    pickerTitle: 'Добавяне на курс или модул от академията',
    pickerEmpty: 'Академията все още няма курсове.',
    pickerLegend: 'Какво да отваря дейността?',
    course: 'Курс',
    module: 'Модул',
    add: 'Добавяне към курса',
    returning: 'Връщане към вашата платформа за обучение…',
    continue: 'Продължаване',
    registeredTitle: 'Академията е регистрирана',
    registeredBody: 'Вашата платформа за обучение регистрира академията като LTI инструмент:',
    registeredClose:
      'Можете да затворите този прозорец; платформата може да ви помоли да активирате инструмента.',
  },
  fi: {
    errorTitle: 'Akatemiaa ei voitu avata',
    errorHeading: 'Akatemiaa ei voitu avata oppimisympäristöstäsi',
    genericProblem: 'Oppimisympäristön pyyntöä ei voitu hyväksyä.',
    problems: {
      [P.UnknownIssuer]: 'Tätä oppimisympäristöä ei ole rekisteröity akatemiaan.',
      [P.UnknownClient]: 'Akatemia ei tunne tätä työkalun rekisteröintiä (asiakastunnus).',
      [P.UnknownDeployment]: 'Tätä työkalun käyttöönottoa ei ole rekisteröity akatemiaan.',
      [P.BadSignature]: 'Oppimisympäristön viestin allekirjoitus ei kelpaa.',
      [P.PlatformKeysUnavailable]: 'Akatemia ei voinut lukea oppimisympäristön julkisia avaimia.',
      [P.WrongAudience]: 'Oppimisympäristön viesti oli tarkoitettu toiselle työkalulle.',
      [P.ExpiredToken]: 'Oppimisympäristön viesti on vanhentunut.',
      [P.ExpiredLogin]: 'Kirjautuminen kesti liian kauan ja vanheni.',
      [P.ReplayedNonce]: 'Tämä käynnistys on jo käytetty kerran.',
      [P.UnknownState]: 'Akatemia ei tunnista tätä kirjautumista.',
      [P.NotAllowed]: 'Vain opettajat voivat lisätä akatemian sisältöä kurssille.',
      [P.RegistrationLinkInvalid]:
        'Tämä akatemian rekisteröintilinkki ei kelpaa (tuntematon, jo käytetty tai vanhentunut).',
      [P.InvalidPlatformConfiguration]:
        'Oppimisalustan määrityksiä ei voitu lukea, tai ne ovat puutteelliset.',
      [P.RegistrationRefused]: 'Oppimisalusta ei hyväksynyt akatemian rekisteröintiä.',
    },
    defaultAdvice:
      'Avaa aktiviteetti uudelleen oppimisympäristöstäsi; jos se ei edelleenkään onnistu, kerro ylläpitäjälle.',
    advice: {
      [P.RegistrationLinkInvalid]:
        'Akatemian ylläpitäjä luo uuden rekisteröintilinkin kohdassa Ylläpito → Oppimisalustat (LTI).',
      [P.UnknownIssuer]:
        'Akatemian ylläpitäjä rekisteröi oppimisympäristön kohdassa Ylläpito → Oppimisympäristöt (LTI).',
      [P.UnknownClient]:
        'Tarkista, että akatemiaan rekisteröity asiakastunnus on sama, jonka oppimisympäristö näyttää tälle työkalulle.',
      [P.UnknownDeployment]:
        'Akatemian ylläpitäjä lisää tämän käyttöönoton tunnuksen oppimisympäristön rekisteröintiin.',
      [P.BadSignature]: 'Tarkista oppimisympäristön julkisten avainten osoite rekisteröinnissä.',
      [P.PlatformKeysUnavailable]:
        'Tarkista oppimisympäristön julkisten avainten osoite rekisteröinnissä ja että akatemia saa siihen yhteyden.',
      [P.WrongAudience]:
        'Tarkista, että akatemiaan rekisteröity asiakastunnus on sama, jonka oppimisympäristö näyttää tälle työkalulle.',
      [P.ExpiredToken]: 'Avaa aktiviteetti uudelleen oppimisympäristöstäsi.',
      [P.ExpiredLogin]: 'Avaa aktiviteetti uudelleen oppimisympäristöstäsi.',
      [P.ReplayedNonce]: 'Avaa aktiviteetti uudelleen oppimisympäristöstäsi.',
      [P.UnknownState]: 'Avaa aktiviteetti uudelleen oppimisympäristöstäsi.',
    },
    details: 'Tiedot ylläpitäjälle:',
    problemCode: 'Virhekoodi:',
    goToAcademy: 'Siirry akatemiaan',
    pickerTitle: 'Lisää akatemian kurssi tai moduuli',
    pickerEmpty: 'Akatemiassa ei ole vielä kursseja.',
    pickerLegend: 'Mitä aktiviteetin pitää avata?',
    course: 'Kurssi',
    module: 'Moduuli',
    add: 'Lisää kurssille',
    returning: 'Palataan oppimisympäristöösi…',
    continue: 'Jatka',
    registeredTitle: 'Akatemia on rekisteröity',
    registeredBody: 'Oppimisalustasi rekisteröi akatemian LTI-työkaluksi:',
    registeredClose:
      'Voit sulkea tämän ikkunan; alusta saattaa pyytää sinua ottamaan työkalun käyttöön.',
  },
  nb: {
    errorTitle: 'Akademiet kunne ikke åpnes',
    errorHeading: 'Akademiet kunne ikke åpnes fra læringsplattformen din',
    genericProblem: 'Forespørselen fra læringsplattformen kunne ikke godtas.',
    problems: {
      [P.UnknownIssuer]: 'Denne læringsplattformen er ikke registrert i akademiet.',
      [P.UnknownClient]: 'Akademiet kjenner ikke denne verktøyregistreringen (klient-ID).',
      [P.UnknownDeployment]: 'Denne utrullingen av verktøyet er ikke registrert i akademiet.',
      [P.BadSignature]: 'Meldingen fra plattformen har en ugyldig signatur.',
      [P.PlatformKeysUnavailable]: 'Akademiet kunne ikke lese plattformens offentlige nøkler.',
      [P.WrongAudience]: 'Meldingen fra plattformen var ment for et annet verktøy.',
      [P.ExpiredToken]: 'Meldingen fra plattformen er utløpt.',
      [P.ExpiredLogin]: 'Påloggingen tok for lang tid og er utløpt.',
      [P.ReplayedNonce]: 'Denne oppstarten er allerede brukt én gang.',
      [P.UnknownState]: 'Akademiet kjenner ikke igjen denne påloggingen.',
      [P.NotAllowed]: 'Bare lærere kan legge til innhold fra akademiet i et emne.',
      [P.RegistrationLinkInvalid]:
        'Denne registreringslenken fra akademiet er ikke gyldig (ukjent, allerede brukt eller utløpt).',
      [P.InvalidPlatformConfiguration]:
        'Konfigurasjonen til læringsplattformen kunne ikke leses eller er ufullstendig.',
      [P.RegistrationRefused]: 'Læringsplattformen godtok ikke registreringen av akademiet.',
    },
    defaultAdvice:
      'Åpne aktiviteten på nytt fra læringsplattformen; hvis det fortsatt ikke virker, si fra til administratoren.',
    advice: {
      [P.RegistrationLinkInvalid]:
        'En administrator i akademiet lager en ny registreringslenke under Administrasjon → Læringsplattformer (LTI).',
      [P.UnknownIssuer]:
        'En administrator i akademiet registrerer plattformen under Administrasjon → Læringsplattformer (LTI).',
      [P.UnknownClient]:
        'Kontroller at klient-ID-en som er registrert i akademiet, er den plattformen viser for dette verktøyet.',
      [P.UnknownDeployment]:
        'En administrator i akademiet legger til denne utrullings-ID-en i plattformens registrering.',
      [P.BadSignature]:
        'Kontroller adressen til plattformens offentlige nøkkelsett i registreringen.',
      [P.PlatformKeysUnavailable]:
        'Kontroller adressen til plattformens offentlige nøkkelsett i registreringen, og at akademiet når den.',
      [P.WrongAudience]:
        'Kontroller at klient-ID-en som er registrert i akademiet, er den plattformen viser for dette verktøyet.',
      [P.ExpiredToken]: 'Åpne aktiviteten på nytt fra læringsplattformen.',
      [P.ExpiredLogin]: 'Åpne aktiviteten på nytt fra læringsplattformen.',
      [P.ReplayedNonce]: 'Åpne aktiviteten på nytt fra læringsplattformen.',
      [P.UnknownState]: 'Åpne aktiviteten på nytt fra læringsplattformen.',
    },
    details: 'Detaljer for administratoren:',
    problemCode: 'Feilkode:',
    goToAcademy: 'Gå til akademiet',
    pickerTitle: 'Legg til et kurs eller en modul fra akademiet',
    pickerEmpty: 'Akademiet har ingen kurs ennå.',
    pickerLegend: 'Hva skal aktiviteten åpne?',
    course: 'Kurs',
    module: 'Modul',
    add: 'Legg til i emnet',
    returning: 'Tilbake til læringsplattformen…',
    continue: 'Fortsett',
    registeredTitle: 'Akademiet er registrert',
    registeredBody: 'Læringsplattformen din har registrert akademiet som et LTI-verktøy:',
    registeredClose: 'Du kan lukke dette vinduet; plattformen kan be deg aktivere verktøyet.',
  },
};
