/** Fixed words printed on kit files (deck controls, PDF headings), in the eight interface languages. */
export interface KitLabels {
  slides: string;
  sources: string;
  previous: string;
  next: string;
  slide: string;
  cards: string;
  name: string;
  kinds: { role: string; bid: string; canvas: string; handout: string };
  page: string;
  version: string;
}

const LABELS: Record<string, KitLabels> = {
  en: { slides: 'Slides', sources: 'Sources', previous: 'Previous slide', next: 'Next slide', slide: 'Slide', cards: 'Workshop cards', name: 'Name', kinds: { role: 'Role card', bid: 'Bid card', canvas: 'Canvas', handout: 'Handout' }, page: 'Page', version: 'Curriculum version' },
  nl: { slides: 'Dia’s', sources: 'Bronnen', previous: 'Vorige dia', next: 'Volgende dia', slide: 'Dia', cards: 'Workshopkaarten', name: 'Naam', kinds: { role: 'Rolkaart', bid: 'Biedingskaart', canvas: 'Canvas', handout: 'Hand-out' }, page: 'Pagina', version: 'Curriculumversie' },
  de: { slides: 'Folien', sources: 'Quellen', previous: 'Vorherige Folie', next: 'Nächste Folie', slide: 'Folie', cards: 'Workshop-Karten', name: 'Name', kinds: { role: 'Rollenkarte', bid: 'Angebotskarte', canvas: 'Canvas', handout: 'Handout' }, page: 'Seite', version: 'Curriculum-Version' },
  fr: { slides: 'Diapositives', sources: 'Sources', previous: 'Diapositive précédente', next: 'Diapositive suivante', slide: 'Diapositive', cards: 'Cartes d’atelier', name: 'Nom', kinds: { role: 'Carte de rôle', bid: 'Carte d’offre', canvas: 'Canevas', handout: 'Document' }, page: 'Page', version: 'Version du programme' },
  it: { slides: 'Diapositive', sources: 'Fonti', previous: 'Diapositiva precedente', next: 'Diapositiva successiva', slide: 'Diapositiva', cards: 'Schede del laboratorio', name: 'Nome', kinds: { role: 'Scheda ruolo', bid: 'Scheda offerta', canvas: 'Canvas', handout: 'Dispensa' }, page: 'Pagina', version: 'Versione del programma' },
  bg: { slides: 'Слайдове', sources: 'Източници', previous: 'Предишен слайд', next: 'Следващ слайд', slide: 'Слайд', cards: 'Карти за работилницата', name: 'Име', kinds: { role: 'Карта с роля', bid: 'Карта с оферта', canvas: 'Платно', handout: 'Материал' }, page: 'Страница', version: 'Версия на учебната програма' },
  fi: { slides: 'Diat', sources: 'Lähteet', previous: 'Edellinen dia', next: 'Seuraava dia', slide: 'Dia', cards: 'Työpajakortit', name: 'Nimi', kinds: { role: 'Roolikortti', bid: 'Tarjouskortti', canvas: 'Pohja', handout: 'Moniste' }, page: 'Sivu', version: 'Opetussuunnitelman versio' },
  nb: { slides: 'Lysbilder', sources: 'Kilder', previous: 'Forrige lysbilde', next: 'Neste lysbilde', slide: 'Lysbilde', cards: 'Verkstedkort', name: 'Navn', kinds: { role: 'Rollekort', bid: 'Tilbudskort', canvas: 'Lerret', handout: 'Utdeling' }, page: 'Side', version: 'Versjon av læreplanen' },
};

/** Labels for a locale tag (nl-BE → nl), English when the language has none. */
export function kitLabels(locale: string): KitLabels {
  return LABELS[locale] ?? LABELS[locale.split('-')[0] ?? ''] ?? LABELS.en!;
}
