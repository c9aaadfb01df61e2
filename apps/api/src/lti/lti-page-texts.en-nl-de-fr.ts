import { LtiProblem } from './lti.errors.js';
import type { LtiPageTexts } from './lti-page-texts.js';

const P = LtiProblem;

/** The LTI pages in en, nl, de, fr (one advice per kind of fix: registration, keys, client ID, open again). */
export const textsEnNlDeFr: Record<'en' | 'nl' | 'de' | 'fr', LtiPageTexts> = {
  en: {
    errorTitle: 'The academy could not be opened',
    errorHeading: 'The academy could not be opened from your learning platform',
    genericProblem: 'The learning platform’s request could not be accepted.',
    problems: {
      [P.UnknownIssuer]: 'This learning platform is not registered with the academy.',
      [P.UnknownClient]: 'The academy does not know this tool registration (client ID).',
      [P.UnknownDeployment]: 'This deployment of the tool is not registered with the academy.',
      [P.BadSignature]: 'The platform’s message has a bad signature.',
      [P.PlatformKeysUnavailable]: 'The academy could not read the platform’s public keys.',
      [P.WrongAudience]: 'The platform’s message was meant for another tool.',
      [P.ExpiredToken]: 'The platform’s message has expired.',
      [P.ExpiredLogin]: 'The sign-in took too long and has expired.',
      [P.ReplayedNonce]: 'This launch was already used once.',
      [P.UnknownState]: 'The academy does not recognise this sign-in.',
      [P.NotAllowed]: 'Only teachers may add content of the academy to a course.',
      [P.RegistrationLinkInvalid]:
        'This registration link of the academy is not valid (unknown, used already or expired).',
      [P.InvalidPlatformConfiguration]:
        'The learning platform’s configuration could not be read or is incomplete.',
      [P.RegistrationRefused]: 'The learning platform did not accept the academy’s registration.',
    },
    defaultAdvice:
      'Open the activity again from your learning platform; if it keeps failing, tell its administrator.',
    advice: {
      [P.RegistrationLinkInvalid]:
        'An administrator of the academy makes a new registration link under Admin → Learning platforms (LTI).',
      [P.UnknownIssuer]:
        'An administrator of the academy registers the platform under Admin → Learning platforms (LTI).',
      [P.UnknownClient]:
        'Check that the client ID registered in the academy is the one the platform shows for this tool.',
      [P.UnknownDeployment]:
        'An administrator of the academy adds this deployment ID to the platform’s registration.',
      [P.BadSignature]: 'Check the platform’s public keyset URL in the academy’s registration.',
      [P.PlatformKeysUnavailable]:
        'Check the platform’s public keyset URL in the academy’s registration, and that the academy can reach it.',
      [P.WrongAudience]:
        'Check that the client ID registered in the academy is the one the platform shows for this tool.',
      [P.ExpiredToken]: 'Open the activity again from your learning platform.',
      [P.ExpiredLogin]: 'Open the activity again from your learning platform.',
      [P.ReplayedNonce]: 'Open the activity again from your learning platform.',
      [P.UnknownState]: 'Open the activity again from your learning platform.',
    },
    details: 'Details for the administrator:',
    problemCode: 'Problem code:',
    goToAcademy: 'Go to the academy',
    pickerTitle: 'Add a course or module of the academy',
    pickerEmpty: 'The academy has no courses yet.',
    pickerLegend: 'What should the activity open?',
    course: 'Course',
    module: 'Module',
    add: 'Add to the course',
    returning: 'Returning to your learning platform…',
    continue: 'Continue',
    registeredTitle: 'The academy is registered',
    registeredBody: 'Your learning platform has registered the academy as an LTI tool:',
    registeredClose: 'You can close this window; the platform may ask you to activate the tool.',
  },
  nl: {
    errorTitle: 'De academie kon niet worden geopend',
    errorHeading: 'De academie kon niet worden geopend vanuit uw leerplatform',
    genericProblem: 'Het verzoek van het leerplatform kon niet worden aanvaard.',
    problems: {
      [P.UnknownIssuer]: 'Dit leerplatform is niet bij de academie geregistreerd.',
      [P.UnknownClient]: 'De academie kent deze toolregistratie (client-ID) niet.',
      [P.UnknownDeployment]: 'Deze deployment van de tool is niet bij de academie geregistreerd.',
      [P.BadSignature]: 'Het bericht van het platform heeft een ongeldige handtekening.',
      [P.PlatformKeysUnavailable]:
        'De academie kon de publieke sleutels van het platform niet lezen.',
      [P.WrongAudience]: 'Het bericht van het platform was voor een andere tool bedoeld.',
      [P.ExpiredToken]: 'Het bericht van het platform is verlopen.',
      [P.ExpiredLogin]: 'Het aanmelden duurde te lang en is verlopen.',
      [P.ReplayedNonce]: 'Deze start is al eens gebruikt.',
      [P.UnknownState]: 'De academie herkent deze aanmelding niet.',
      [P.NotAllowed]: 'Alleen docenten mogen inhoud van de academie aan een cursus toevoegen.',
      [P.RegistrationLinkInvalid]:
        'Deze registratielink van de academie is niet geldig (onbekend, al gebruikt of verlopen).',
      [P.InvalidPlatformConfiguration]:
        'De configuratie van het leerplatform kon niet worden gelezen of is onvolledig.',
      [P.RegistrationRefused]:
        'Het leerplatform heeft de registratie van de academie niet aanvaard.',
    },
    defaultAdvice:
      'Open de activiteit opnieuw vanuit uw leerplatform; lukt het blijvend niet, meld het dan aan de beheerder.',
    advice: {
      [P.RegistrationLinkInvalid]:
        'Een beheerder van de academie maakt een nieuwe registratielink onder Beheer → Leerplatforms (LTI).',
      [P.UnknownIssuer]:
        'Een beheerder van de academie registreert het platform onder Beheer → Leerplatforms (LTI).',
      [P.UnknownClient]:
        'Controleer of de client-ID in de academie dezelfde is als die het platform voor deze tool toont.',
      [P.UnknownDeployment]:
        'Een beheerder van de academie voegt deze deployment-ID toe aan de registratie van het platform.',
      [P.BadSignature]:
        'Controleer de URL van de publieke sleutelset van het platform in de registratie.',
      [P.PlatformKeysUnavailable]:
        'Controleer de URL van de publieke sleutelset van het platform in de registratie, en of de academie die kan bereiken.',
      [P.WrongAudience]:
        'Controleer of de client-ID in de academie dezelfde is als die het platform voor deze tool toont.',
      [P.ExpiredToken]: 'Open de activiteit opnieuw vanuit uw leerplatform.',
      [P.ExpiredLogin]: 'Open de activiteit opnieuw vanuit uw leerplatform.',
      [P.ReplayedNonce]: 'Open de activiteit opnieuw vanuit uw leerplatform.',
      [P.UnknownState]: 'Open de activiteit opnieuw vanuit uw leerplatform.',
    },
    details: 'Details voor de beheerder:',
    problemCode: 'Probleemcode:',
    goToAcademy: 'Naar de academie',
    pickerTitle: 'Een cursus of module van de academie toevoegen',
    pickerEmpty: 'De academie heeft nog geen cursussen.',
    pickerLegend: 'Wat moet de activiteit openen?',
    course: 'Cursus',
    module: 'Module',
    add: 'Aan de cursus toevoegen',
    returning: 'Terug naar uw leerplatform…',
    continue: 'Doorgaan',
    registeredTitle: 'De academie is geregistreerd',
    registeredBody: 'Uw leerplatform heeft de academie geregistreerd als LTI-tool:',
    registeredClose: 'U kunt dit venster sluiten; het platform kan u vragen de tool te activeren.',
  },
  de: {
    errorTitle: 'Die Akademie konnte nicht geöffnet werden',
    errorHeading: 'Die Akademie konnte nicht aus Ihrer Lernplattform geöffnet werden',
    genericProblem: 'Die Anfrage der Lernplattform konnte nicht angenommen werden.',
    problems: {
      [P.UnknownIssuer]: 'Diese Lernplattform ist bei der Akademie nicht registriert.',
      [P.UnknownClient]: 'Die Akademie kennt diese Tool-Registrierung (Client-ID) nicht.',
      [P.UnknownDeployment]: 'Dieses Deployment des Tools ist bei der Akademie nicht registriert.',
      [P.BadSignature]: 'Die Nachricht der Plattform hat eine ungültige Signatur.',
      [P.PlatformKeysUnavailable]:
        'Die Akademie konnte die öffentlichen Schlüssel der Plattform nicht lesen.',
      [P.WrongAudience]: 'Die Nachricht der Plattform war für ein anderes Tool bestimmt.',
      [P.ExpiredToken]: 'Die Nachricht der Plattform ist abgelaufen.',
      [P.ExpiredLogin]: 'Die Anmeldung hat zu lange gedauert und ist abgelaufen.',
      [P.ReplayedNonce]: 'Dieser Start wurde bereits einmal verwendet.',
      [P.UnknownState]: 'Die Akademie erkennt diese Anmeldung nicht.',
      [P.NotAllowed]: 'Nur Lehrende dürfen Inhalte der Akademie zu einem Kurs hinzufügen.',
      [P.RegistrationLinkInvalid]:
        'Dieser Registrierungslink der Akademie ist nicht gültig (unbekannt, bereits verwendet oder abgelaufen).',
      [P.InvalidPlatformConfiguration]:
        'Die Konfiguration der Lernplattform konnte nicht gelesen werden oder ist unvollständig.',
      [P.RegistrationRefused]:
        'Die Lernplattform hat die Registrierung der Akademie nicht angenommen.',
    },
    defaultAdvice:
      'Öffnen Sie die Aktivität erneut aus Ihrer Lernplattform; wenn es weiterhin scheitert, informieren Sie deren Administration.',
    advice: {
      [P.RegistrationLinkInvalid]:
        'Eine Administratorin oder ein Administrator der Akademie erstellt unter Verwaltung → Lernplattformen (LTI) einen neuen Registrierungslink.',
      [P.UnknownIssuer]:
        'Eine Administratorin oder ein Administrator der Akademie registriert die Plattform unter Verwaltung → Lernplattformen (LTI).',
      [P.UnknownClient]:
        'Prüfen Sie, ob die in der Akademie registrierte Client-ID die ist, die die Plattform für dieses Tool anzeigt.',
      [P.UnknownDeployment]:
        'Die Administration der Akademie ergänzt diese Deployment-ID in der Registrierung der Plattform.',
      [P.BadSignature]:
        'Prüfen Sie die URL des öffentlichen Schlüsselsatzes der Plattform in der Registrierung.',
      [P.PlatformKeysUnavailable]:
        'Prüfen Sie die URL des öffentlichen Schlüsselsatzes der Plattform in der Registrierung und ob die Akademie sie erreichen kann.',
      [P.WrongAudience]:
        'Prüfen Sie, ob die in der Akademie registrierte Client-ID die ist, die die Plattform für dieses Tool anzeigt.',
      [P.ExpiredToken]: 'Öffnen Sie die Aktivität erneut aus Ihrer Lernplattform.',
      [P.ExpiredLogin]: 'Öffnen Sie die Aktivität erneut aus Ihrer Lernplattform.',
      [P.ReplayedNonce]: 'Öffnen Sie die Aktivität erneut aus Ihrer Lernplattform.',
      [P.UnknownState]: 'Öffnen Sie die Aktivität erneut aus Ihrer Lernplattform.',
    },
    details: 'Details für die Administration:',
    problemCode: 'Fehlercode:',
    goToAcademy: 'Zur Akademie',
    pickerTitle: 'Einen Kurs oder ein Modul der Akademie hinzufügen',
    pickerEmpty: 'Die Akademie hat noch keine Kurse.',
    pickerLegend: 'Was soll die Aktivität öffnen?',
    course: 'Kurs',
    module: 'Modul',
    add: 'Zum Kurs hinzufügen',
    returning: 'Zurück zu Ihrer Lernplattform…',
    continue: 'Weiter',
    registeredTitle: 'Die Akademie ist registriert',
    registeredBody: 'Ihre Lernplattform hat die Akademie als LTI-Tool registriert:',
    registeredClose:
      'Sie können dieses Fenster schließen; die Plattform bittet Sie eventuell, das Tool zu aktivieren.',
  },
  fr: {
    errorTitle: 'L’académie n’a pas pu être ouverte',
    errorHeading: 'L’académie n’a pas pu être ouverte depuis votre plateforme d’apprentissage',
    genericProblem: 'La demande de la plateforme d’apprentissage n’a pas pu être acceptée.',
    problems: {
      [P.UnknownIssuer]:
        'Cette plateforme d’apprentissage n’est pas enregistrée auprès de l’académie.',
      [P.UnknownClient]:
        'L’académie ne connaît pas cet enregistrement d’outil (identifiant client).',
      [P.UnknownDeployment]: 'Ce déploiement de l’outil n’est pas enregistré auprès de l’académie.',
      [P.BadSignature]: 'Le message de la plateforme porte une signature non valide.',
      [P.PlatformKeysUnavailable]:
        'L’académie n’a pas pu lire les clés publiques de la plateforme.',
      [P.WrongAudience]: 'Le message de la plateforme était destiné à un autre outil.',
      [P.ExpiredToken]: 'Le message de la plateforme a expiré.',
      [P.ExpiredLogin]: 'La connexion a pris trop de temps et a expiré.',
      [P.ReplayedNonce]: 'Ce lancement a déjà été utilisé.',
      [P.UnknownState]: 'L’académie ne reconnaît pas cette connexion.',
      [P.NotAllowed]: 'Seuls les enseignants peuvent ajouter du contenu de l’académie à un cours.',
      [P.RegistrationLinkInvalid]:
        'Ce lien d’enregistrement de l’académie n’est pas valide (inconnu, déjà utilisé ou expiré).',
      [P.InvalidPlatformConfiguration]:
        'La configuration de la plateforme d’apprentissage n’a pas pu être lue ou est incomplète.',
      [P.RegistrationRefused]:
        'La plateforme d’apprentissage n’a pas accepté l’enregistrement de l’académie.',
    },
    defaultAdvice:
      'Rouvrez l’activité depuis votre plateforme d’apprentissage ; si l’échec persiste, prévenez son administrateur.',
    advice: {
      [P.RegistrationLinkInvalid]:
        'Un administrateur de l’académie crée un nouveau lien d’enregistrement sous Administration → Plateformes d’apprentissage (LTI).',
      [P.UnknownIssuer]:
        'Un administrateur de l’académie enregistre la plateforme sous Administration → Plateformes d’apprentissage (LTI).',
      [P.UnknownClient]:
        'Vérifiez que l’identifiant client enregistré dans l’académie est celui que la plateforme affiche pour cet outil.',
      [P.UnknownDeployment]:
        'Un administrateur de l’académie ajoute cet identifiant de déploiement à l’enregistrement de la plateforme.',
      [P.BadSignature]:
        'Vérifiez l’URL du jeu de clés publiques de la plateforme dans l’enregistrement.',
      [P.PlatformKeysUnavailable]:
        'Vérifiez l’URL du jeu de clés publiques de la plateforme dans l’enregistrement, et que l’académie peut l’atteindre.',
      [P.WrongAudience]:
        'Vérifiez que l’identifiant client enregistré dans l’académie est celui que la plateforme affiche pour cet outil.',
      [P.ExpiredToken]: 'Rouvrez l’activité depuis votre plateforme d’apprentissage.',
      [P.ExpiredLogin]: 'Rouvrez l’activité depuis votre plateforme d’apprentissage.',
      [P.ReplayedNonce]: 'Rouvrez l’activité depuis votre plateforme d’apprentissage.',
      [P.UnknownState]: 'Rouvrez l’activité depuis votre plateforme d’apprentissage.',
    },
    details: 'Détails pour l’administrateur :',
    problemCode: 'Code du problème :',
    goToAcademy: 'Aller à l’académie',
    pickerTitle: 'Ajouter un cours ou un module de l’académie',
    pickerEmpty: 'L’académie n’a pas encore de cours.',
    pickerLegend: 'Que doit ouvrir l’activité ?',
    course: 'Cours',
    module: 'Module',
    add: 'Ajouter au cours',
    returning: 'Retour à votre plateforme d’apprentissage…',
    continue: 'Continuer',
    registeredTitle: 'L’académie est enregistrée',
    registeredBody: 'Votre plateforme d’apprentissage a enregistré l’académie comme outil LTI :',
    registeredClose:
      'Vous pouvez fermer cette fenêtre ; la plateforme peut vous demander d’activer l’outil.',
  },
};
