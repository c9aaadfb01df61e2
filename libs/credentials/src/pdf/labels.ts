// Printed labels for the certificate PDF, per language. Kept inside the library so a PDF
// can be rendered without the web app's i18n files.

export interface CertificateLabels {
  title: string;
  awardedTo: string;
  forCompleting: string;
  dateOfIssue: string;
  curriculumVersion: string;
  edition: string;
  cohort: string;
  issuedBy: string;
  certificateId: string;
  verifyAt: string;
  /** Stamped across a revoked certificate. */
  revoked: string;
  revokedOn: string;
  revokedNotice: string;
}

export const CERTIFICATE_LABELS = {
  en: {
    title: 'Certificate of completion',
    awardedTo: 'awarded to',
    forCompleting: 'for successfully completing the course',
    dateOfIssue: 'Date of issue',
    curriculumVersion: 'Curriculum version',
    edition: 'Edition',
    cohort: 'Cohort',
    issuedBy: 'Issued by',
    certificateId: 'Certificate ID',
    verifyAt: 'Verify at',
    revoked: 'REVOKED',
    revokedOn: 'Revoked on',
    revokedNotice: 'This certificate is no longer valid.',
  },
  nl: {
    title: 'Certificaat',
    awardedTo: 'uitgereikt aan',
    forCompleting: 'voor het met succes afronden van de cursus',
    dateOfIssue: 'Datum van uitgifte',
    curriculumVersion: 'Curriculumversie',
    edition: 'Editie',
    cohort: 'Cohort',
    issuedBy: 'Uitgegeven door',
    certificateId: 'Certificaatnummer',
    verifyAt: 'Controleer op',
    revoked: 'INGETROKKEN',
    revokedOn: 'Ingetrokken op',
    revokedNotice: 'Dit certificaat is niet meer geldig.',
  },
  de: {
    title: 'Zertifikat',
    awardedTo: 'verliehen an',
    forCompleting: 'für den erfolgreichen Abschluss des Kurses',
    dateOfIssue: 'Ausstellungsdatum',
    curriculumVersion: 'Curriculum-Version',
    edition: 'Ausgabe',
    cohort: 'Kohorte',
    issuedBy: 'Ausgestellt von',
    certificateId: 'Zertifikats-ID',
    verifyAt: 'Prüfen unter',
    revoked: 'WIDERRUFEN',
    revokedOn: 'Widerrufen am',
    revokedNotice: 'Dieses Zertifikat ist nicht mehr gültig.',
  },
  fr: {
    title: 'Certificat de réussite',
    awardedTo: 'décerné à',
    forCompleting: 'pour avoir suivi avec succès le cours',
    dateOfIssue: 'Date de délivrance',
    curriculumVersion: 'Version du programme',
    edition: 'Édition',
    cohort: 'Cohorte',
    issuedBy: 'Délivré par',
    certificateId: 'Identifiant du certificat',
    verifyAt: 'Vérifier sur',
    revoked: 'RÉVOQUÉ',
    revokedOn: 'Révoqué le',
    revokedNotice: "Ce certificat n'est plus valable.",
  },
  it: {
    title: 'Attestato di completamento',
    awardedTo: 'rilasciato a',
    forCompleting: 'per aver completato con successo il corso',
    dateOfIssue: 'Data di rilascio',
    curriculumVersion: 'Versione del programma',
    edition: 'Edizione',
    cohort: 'Classe',
    issuedBy: 'Rilasciato da',
    certificateId: "ID dell'attestato",
    verifyAt: 'Verifica su',
    revoked: 'REVOCATO',
    revokedOn: 'Revocato il',
    revokedNotice: 'Questo attestato non è più valido.',
  },
  bg: {
    title: 'Сертификат за завършване',
    awardedTo: 'присъден на',
    forCompleting: 'за успешно завършване на курса',
    dateOfIssue: 'Дата на издаване',
    curriculumVersion: 'Версия на учебната програма',
    edition: 'Издание',
    cohort: 'Група',
    issuedBy: 'Издаден от',
    certificateId: 'Номер на сертификата',
    verifyAt: 'Проверка на',
    revoked: 'ОТТЕГЛЕН',
    revokedOn: 'Оттеглен на',
    revokedNotice: 'Този сертификат вече не е валиден.',
  },
  fi: {
    title: 'Suoritustodistus',
    awardedTo: 'myönnetty',
    forCompleting: 'kurssin hyväksytystä suorittamisesta',
    dateOfIssue: 'Myöntämispäivä',
    curriculumVersion: 'Opetussisällön versio',
    edition: 'Painos',
    cohort: 'Ryhmä',
    issuedBy: 'Myöntäjä',
    certificateId: 'Todistuksen tunniste',
    verifyAt: 'Tarkista osoitteessa',
    revoked: 'PERUTTU',
    revokedOn: 'Peruttu',
    revokedNotice: 'Tämä todistus ei ole enää voimassa.',
  },
  nb: {
    title: 'Kursbevis',
    awardedTo: 'tildelt',
    forCompleting: 'for å ha fullført kurset',
    dateOfIssue: 'Utstedt dato',
    curriculumVersion: 'Versjon av kursinnholdet',
    edition: 'Utgave',
    cohort: 'Kull',
    issuedBy: 'Utstedt av',
    certificateId: 'Kursbevisets ID',
    verifyAt: 'Bekreft på',
    revoked: 'TILBAKEKALT',
    revokedOn: 'Tilbakekalt',
    revokedNotice: 'Dette kursbeviset er ikke lenger gyldig.',
  },
} as const satisfies Record<string, CertificateLabels>;

export type LabelLanguage = keyof typeof CERTIFICATE_LABELS;

/** Labels for a BCP 47 tag, falling back along the chain (`nl-BE` → `nl` → `en`). */
export function labelsFor(locale: string): { language: LabelLanguage; labels: CertificateLabels } {
  const subtags = locale.toLowerCase().split('-');
  for (let n = subtags.length; n > 0; n--) {
    const candidate = subtags.slice(0, n).join('-');
    if (candidate in CERTIFICATE_LABELS) {
      const language = candidate as LabelLanguage;
      return { language, labels: CERTIFICATE_LABELS[language] };
    }
  }
  return { language: 'en', labels: CERTIFICATE_LABELS.en };
}
