/**
 * Kreisangehörige Städte in Nordrhein-Westfalen with a Jugendamt of their own (örtlicher Träger der
 * öffentlichen Jugendhilfe by Rechtsverordnung, § 2 AG-KJHG NRW). Every Kreis and kreisfreie Stadt
 * has one by law (§ 69 SGB VIII, § 1a AG-KJHG NRW); a Kreisjugendamt serves the towns of its Kreis
 * that are not listed here – a Kreis whose towns all have their own (Kreis Recklinghausen) has none.
 *
 * Public facts, written from public knowledge of the Jugendamt lists of the Landesjugendämter
 * (LVR-Landesjugendamt Rheinland, LWL-Landesjugendamt Westfalen) and the IT.NRW Kinder- und
 * Jugendhilfestatistik "nach Jugendamtsbezirken"; NOT checked line by line against a current
 * official list (none is published as open data, GLOSSARY §5). Landtag NRW Drs. 17/6817 (2019)
 * counts 186 Jugendämter in NRW; this table gives TABLE_YOUTH_OFFICE_COUNT (checked by a test), the difference
 * marks its uncertainty. The analysis therefore also counts a town as having its own Jugendamt when
 * the data holds a Jugendamt of that town (analysis/jurisdiction/responsibility.ts).
 *
 * Names as in the gazetteer (data/gazetteer.json), grouped by Kreis. Pure data, browser-safe.
 */
export const OWN_YOUTH_OFFICE_TOWNS: Readonly<Record<string, readonly string[]>> = {
  // Regierungsbezirk Düsseldorf
  'Kreis Kleve': ['Emmerich am Rhein', 'Geldern', 'Goch', 'Kevelaer', 'Kleve'],
  'Kreis Mettmann': [
    'Erkrath',
    'Haan',
    'Heiligenhaus',
    'Hilden',
    'Langenfeld (Rheinland)',
    'Mettmann',
    'Monheim am Rhein',
    'Ratingen',
    'Velbert',
  ],
  'Rhein-Kreis Neuss': ['Dormagen', 'Grevenbroich', 'Kaarst', 'Meerbusch', 'Neuss'],
  'Kreis Viersen': ['Kempen', 'Nettetal', 'Viersen', 'Willich'],
  'Kreis Wesel': ['Dinslaken', 'Kamp-Lintfort', 'Moers', 'Voerde (Niederrhein)', 'Wesel'],
  // Regierungsbezirk Köln
  'StädteRegion Aachen': ['Alsdorf', 'Eschweiler', 'Herzogenrath', 'Stolberg (Rheinland)', 'Würselen'],
  'Kreis Düren': ['Düren'],
  'Rhein-Erft-Kreis': [
    'Bedburg',
    'Bergheim',
    'Brühl',
    'Erftstadt',
    'Frechen',
    'Hürth',
    'Kerpen',
    'Pulheim',
    'Wesseling',
  ],
  'Kreis Euskirchen': ['Euskirchen'],
  'Kreis Heinsberg': ['Erkelenz', 'Geilenkirchen', 'Heinsberg', 'Hückelhoven', 'Übach-Palenberg'],
  'Oberbergischer Kreis': ['Gummersbach', 'Radevormwald', 'Wipperfürth'],
  'Rheinisch-Bergischer Kreis': [
    'Bergisch Gladbach',
    'Burscheid',
    'Leichlingen (Rheinland)',
    'Overath',
    'Rösrath',
    'Wermelskirchen',
  ],
  'Rhein-Sieg-Kreis': [
    'Bad Honnef',
    'Bornheim',
    'Hennef (Sieg)',
    'Königswinter',
    'Lohmar',
    'Meckenheim',
    'Niederkassel',
    'Rheinbach',
    'Sankt Augustin',
    'Siegburg',
    'Troisdorf',
  ],
  // Regierungsbezirk Münster
  'Kreis Borken': ['Ahaus', 'Bocholt', 'Borken', 'Gronau (Westf.)', 'Rhede'],
  'Kreis Coesfeld': ['Coesfeld', 'Dülmen'],
  'Kreis Recklinghausen': [
    'Castrop-Rauxel',
    'Datteln',
    'Dorsten',
    'Gladbeck',
    'Haltern am See',
    'Herten',
    'Marl',
    'Oer-Erkenschwick',
    'Recklinghausen',
    'Waltrop',
  ],
  'Kreis Steinfurt': ['Emsdetten', 'Greven', 'Ibbenbüren', 'Rheine'],
  'Kreis Warendorf': ['Ahlen', 'Beckum', 'Oelde'],
  // Regierungsbezirk Detmold
  'Kreis Gütersloh': ['Gütersloh', 'Rheda-Wiedenbrück', 'Rietberg', 'Schloß Holte-Stukenbrock', 'Verl'],
  'Kreis Herford': ['Bünde', 'Herford', 'Löhne'],
  'Kreis Lippe': ['Bad Salzuflen', 'Detmold', 'Lemgo'],
  'Kreis Minden-Lübbecke': ['Bad Oeynhausen', 'Minden', 'Porta Westfalica'],
  'Kreis Paderborn': ['Paderborn'],
  // Regierungsbezirk Arnsberg
  'Ennepe-Ruhr-Kreis': [
    'Ennepetal',
    'Gevelsberg',
    'Hattingen',
    'Herdecke',
    'Schwelm',
    'Sprockhövel',
    'Wetter (Ruhr)',
    'Witten',
  ],
  Hochsauerlandkreis: ['Arnsberg', 'Schmallenberg', 'Sundern (Sauerland)'],
  'Märkischer Kreis': ['Altena', 'Hemer', 'Iserlohn', 'Lüdenscheid', 'Menden (Sauerland)', 'Plettenberg', 'Werdohl'],
  'Kreis Olpe': ['Attendorn', 'Lennestadt', 'Olpe'],
  'Kreis Siegen-Wittgenstein': ['Siegen'],
  'Kreis Soest': ['Lippstadt', 'Soest', 'Warstein', 'Werl'],
  'Kreis Unna': ['Bergkamen', 'Kamen', 'Lünen', 'Schwerte', 'Selm', 'Unna', 'Werne'],
};

/** Jugendämter this table implies: its towns, the 23 kreisfreie Städte (with Aachen) and every Kreis with a town left to serve. */
export const TABLE_YOUTH_OFFICE_COUNT = 194;
