/**
 * Words that describe parties rather than name them: titles before a name,
 * role nouns ("the blogger", "officials"), and the head nouns that tell an
 * organisation, a place or a piece of equipment from a person.
 */

/** Titles that stand before a person's name and are not part of it. */
export const TITLES = new Set([
  'president', 'vice', 'rear', 'prime', 'minister', 'secretary', 'secretary-general', 'general', 'gen', 'lt', 'lieutenant',
  'col', 'colonel', 'brig', 'brigadier', 'maj', 'major', 'capt', 'captain', 'sgt', 'sergeant', 'admiral', 'adm', 'marshal', 'commander',
  'chancellor', 'king', 'queen', 'prince', 'princess', 'crown', 'pope', 'sheikh', 'emir', 'sultan', 'senator', 'sen',
  'rep', 'representative', 'congressman', 'congresswoman', 'gov', 'governor', 'mayor', 'judge', 'justice', 'chief',
  'director', 'director-general', 'commissioner', 'ambassador', 'spokesperson', 'spokesman', 'spokeswoman',
  'chairman', 'chairwoman', 'chair', 'ceo', 'cfo', 'coo', 'coach', 'manager', 'mr', 'mrs', 'ms', 'dr', 'prof',
  'professor', 'defense', 'defence', 'foreign', 'interior', 'finance', 'deputy', 'acting', 'former', 'first', 'lady',
  'speaker', 'attorney', 'prosecutor', 'inspector', 'superintendent', 'officer', 'head', 'executive', 'premier',
  'archbishop', 'bishop', 'rev', 'father', 'sir', 'dame', 'lord', 'baroness', 'ayatollah', 'general-secretary',
  // Capitalised only, as a name's run is: "Miss Aldous", not "did not miss".
  'miss',
  // Police ranks: "Detective Constable Mark Ellery", "DC Ellery", "PC Jones", "Det Sgt Khan".
  'detective', 'constable', 'dc', 'ds', 'di', 'dci', 'pc', 'det', 'insp', 'supt',
  // Members of a legislature: "MP Graham Thwaite", "an opposition MP".
  'mp', 'mep', 'mla', 'mlc',
  // Courts and Indian districts: "District Magistrate K. R. Menon".
  'magistrate',
  // Local councils: "Cllr Gerald Pennington", "Councilwoman Ana Ruiz".
  'cllr', 'councillor', 'councilor', 'councilman', 'councilwoman', 'alderman',
  // Ranks below an officer's: "Cpl. Aras Demirel", "Pvt. Niko Savasta".
  'cpl', 'corporal', 'pvt',
]);

/** Occupations compromise does not always tag as people ("engineer" and "nurse" read as verbs). */
const OCCUPATIONS = [
  'engineer', 'nurse', 'midwife', 'pilot', 'driver', 'lecturer', 'professor', 'student', 'miner', 'technician',
  'paramedic', 'firefighter', 'surgeon', 'physician', 'accountant', 'auditor', 'worker', 'farmer', 'teacher',
  'fisherman', 'trader', 'master', 'harbourmaster', 'harbormaster', 'headteacher', 'headmaster', 'headmistress',
  'priest', 'imam', 'pastor', 'rabbi',
];

/** Relatives and acquaintances who speak for someone: "The brother of one of the injured workers said". */
const RELATIONS = ['brother', 'sister', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'widow', 'cousin', 'friend', 'colleague', 'neighbour', 'neighbor'];

/** Nouns that describe a business by its trade: "Norsair, the Toulouse-based manufacturer", "the retailer said". */
export const BUSINESS_NOUNS = new Set([
  'manufacturer', 'maker', 'carmaker', 'automaker', 'drugmaker', 'chipmaker', 'airline', 'retailer', 'supplier',
  'producer', 'lender', 'publisher', 'chain', 'brand', 'charity', 'provider', 'platform', 'exporter', 'importer',
  'conglomerate', 'subsidiary', 'utility', 'miner', 'refiner', 'shipper', 'developer', 'contractor', 'consortium',
  'caterer', 'exchange',
]);

/**
 * Nouns naming a role or a kind of party: "the blogger", "the group", "some
 * analysts". Singular and plural forms; plurals and singulars without a name
 * make unnamed (group) parties.
 */
export const ROLE_NOUNS = new Set([
  'official', 'officials', 'analyst', 'analysts', 'source', 'sources', 'expert', 'experts', 'witness', 'witnesses',
  'resident', 'residents', 'officer', 'officers', 'diplomat', 'diplomats', 'investigator', 'investigators',
  'authorities', 'lawmaker', 'lawmakers', 'critic', 'critics', 'activist', 'activists', 'observer', 'observers',
  'agent', 'agents', 'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'blogger', 'bloggers',
  'journalist', 'journalists', 'reporter', 'reporters', 'minister', 'ministers', 'president', 'leader', 'leaders',
  'commander', 'commanders', 'prosecutor', 'prosecutors', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'police',
  'government', 'governments', 'ministry', 'group', 'groups', 'company', 'companies', 'firm', 'firms', 'agency',
  'network', 'club', 'clubs', 'team', 'coach', 'manager', 'board', 'union', 'unions', 'party', 'parties',
  'campaign', 'military', 'army', 'navy', 'administration', 'regulator', 'regulators', 'court', 'judge', 'insurer',
  'carrier', 'operator', 'owner', 'owners', 'crew', 'captain', 'executive', 'executives', 'chief', 'director',
  'researchers', 'researcher', 'scientists', 'scientist', 'doctors', 'doctor', 'medics', 'rescuers', 'organisers',
  'organizers', 'protesters', 'rebels', 'militants', 'insurgents', 'separatists', 'partisans', 'soldiers', 'troops',
  'negotiators', 'mediators', 'monitors', 'inspectors', 'staff', 'employees', 'workers', 'fans', 'players', 'player',
  'people', 'person', 'insiders', 'figures', 'representatives', 'representative', 'delegation', 'envoy', 'envoys',
  'chairman', 'chairwoman', 'ceo', 'founder', 'magnate', 'candidate', 'candidates', 'opposition', 'incumbent',
  'commission', 'committee', 'council', 'authority', 'watchdog', 'monitor', 'broadcaster', 'newspaper', 'outlet',
  'media', 'agencies', 'forces', 'force', 'coalition', 'alliance', 'bloc', 'organisation', 'organization',
  'gang', 'gangs', 'secretary-general', 'mayor', 'governor', 'senator', 'premier', 'chancellor', 'king', 'minister', 'head', 'station',
  'embassy', 'consulate', 'office', 'presidency', 'service', 'consultancy', 'startup', 'start-up', 'supporters', 'opponents',
  'campaigners', 'campaigner', 'villagers', 'locals', 'farmers', 'fishermen', 'traders', 'investors', 'investor', 'shareholder', 'shareholders',
  'creditors', 'creditor', 'bondholders', 'tenants', 'tenant', 'buyers', 'strategist', 'strategists', 'militia', 'militias',
  // "Haugen's family said": the relatives together, no one person to be named later.
  'family',
  // Who trades with a business without being the business: "the short-seller wrote", "the landlord said".
  'short-seller', 'seller', 'broker', 'brokerage', 'distributor', 'landlord',
  'passengers', 'parents', 'students', 'teachers', 'nurses', 'patients', 'families', 'relatives', 'neighbours',
  'neighbors', 'volunteers', 'survivors', 'victims', 'customers', 'economists', 'economist', 'members', 'member', 'voters',
  'councillor', 'councillors', 'councilor', 'councilors', 'intermediary', 'magistrate', ...OCCUPATIONS, ...RELATIONS,
  'engineers', 'midwives', 'pilots', 'drivers', 'lecturers', 'professors', 'miners', 'technicians', 'paramedics',
  'firefighters', 'surgeons', 'physicians', 'auditors', 'colleagues', 'marines', 'sailors', 'servicemen', 'prisoners',
  'detainees', 'hostages', 'migrants', 'refugees', 'evacuees', 'commuters', 'pupils',
  // Westminster's unnamed: "Allies of the minister insist", "one cabinet ally said", "A government whip dismissed".
  'ally', 'allies', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'whip', 'whips', 'backbencher', 'backbenchers',
  // Bodies that speak as "the tribunal said", "the hospital said", "the academy said then".
  'academy', 'college', 'museum', 'library', 'orchestra', 'church', 'parish', 'diocese',
  'tribunal', 'hospital', 'clinic', 'centre', 'center', 'university', 'institute', 'foundation', 'charity', 'bank', 'airline', 'airport',
  'prison', 'school', 'bureau', 'directorate', 'inspectorate', 'secretariat', 'observatory', 'laboratory', 'lab', 'hotline',
  // "The coast guard said", "the fire brigade said", "border guards said".
  'guard', 'guards', 'coastguard', 'brigade',
  // "The department said", "the coroner said", "the mission said", "the exchange's regulatory unit said", "the
  // district maintained" (a school district).
  'department', 'unit', 'division', 'district', 'panel', 'coroner', 'federation', 'league', 'association', 'regime', 'mission', 'observers',
  // "Meridian Lens, a collective of open-source investigators": then "the group" or "the collective".
  'collective',
  // "The retailer said", "the utility said": a business described by its trade.
  ...BUSINESS_NOUNS,
  // Outlets: "Morskoy Dozor, a Telegram channel", and later "the channel wrote".
  'channel', 'channels', 'website', 'websites', 'magazine', 'tabloid', 'blog', 'blogs', 'podcast', 'paper', 'daily', 'weekly',
  'outlets', 'newspapers',
]);

/** Role nouns for which a description is a person (else an organisation or a collective). */
export const PERSON_ROLES = new Set([
  'official', 'analyst', 'source', 'expert', 'witness', 'resident', 'officer', 'diplomat', 'investigator',
  'lawmaker', 'critic', 'activist', 'observer', 'agent', 'spokesperson', 'spokesman', 'spokeswoman', 'blogger',
  'journalist', 'reporter', 'minister', 'president', 'leader', 'commander', 'prosecutor', 'lawyer', 'attorney',
  'coach', 'manager', 'judge', 'captain', 'executive', 'chief', 'director', 'researcher', 'scientist', 'doctor',
  'player', 'person', 'representative', 'envoy', 'chairman', 'chairwoman', 'ceo', 'founder',
  'candidate', 'incumbent', 'secretary-general', 'mayor', 'governor', 'senator', 'premier', 'chancellor', 'king',
  'shareholder', 'economist', 'councillor', 'councilor', 'intermediary', 'magistrate', 'head', 'ally', 'aide', 'adviser',
  'advisor', 'whip', 'backbencher', 'member', ...OCCUPATIONS, ...RELATIONS,
]);

/** Trades a firm's name may end in: "Verabrook Nutrition", "Lanternfish Security". A place after them is the firm's home. */
export const TRADE_HEADS = new Set([
  'nutrition', 'foods', 'pharma', 'pharmaceuticals', 'therapeutics', 'biotech', 'healthcare', 'retail', 'construction',
  'engineering', 'mining', 'metals', 'chemicals', 'electronics', 'telecom', 'communications', 'software', 'robotics',
  'aerospace', 'security',
]);

/** Head nouns that make a capitalised name an organisation. */
export const ORGANIZATION_HEADS = new Set([
  'force', 'forces', 'army', 'navy', 'guard', 'ministry', 'alliance', 'organization', 'organisation', 'commission',
  'council', 'agency', 'press', 'directorate', 'administration', 'government', 'network', 'party', 'union', 'bank',
  'group', 'company', 'inc', 'corp', 'corporation', 'ltd', 'llc', 'plc', 'ag', 'sa', 'university', 'institute',
  'department', 'office', 'committee', 'court', 'parliament', 'assembly', 'congress', 'senate', 'house', 'pentagon',
  'kremlin', 'cabinet', 'service', 'services', 'police', 'club', 'fc', 'federation', 'association', 'league',
  'foundation', 'fund', 'authority', 'board', 'bureau', 'command', 'corps', 'brigade', 'battalion', 'regiment',
  'division', 'fleet', 'airlines', 'airways', 'lines', 'shipping', 'holdings', 'industries', 'motors', 'systems',
  'technologies', 'media', 'times', 'post', 'news', 'telegraph', 'guardian', 'journal', 'tribune', 'herald',
  'ledger', 'observer', 'examiner', 'inquirer', 'dispatch', 'sentinel', 'courier', 'chronicle', 'gazette',
  'reuters', 'movement', 'front', 'coalition', 'bloc', 'centre', 'center', 'tribunal', 'secretariat', 'mission',
  'embassy', 'consulate', 'port', 'exchange', 'group', 'partners', 'capital', 'energy', 'oil', 'gas', 'petroleum',
  'forum', 'initiative', 'liga', 'united', 'rovers', 'athletic', 'wanderers', 'intelligence', 'analytics', 'research',
  'consulting', 'advisors', 'advisers', 'associates', 'securities', 'insurance', 'logistics', 'solutions', 'labs',
  'commission', 'high', 'asa', 'as', 'ab', 'oy', 'nv', 'bv', 'gmbh', 'spa', 'srl', 'pte', 'bhd', 'kapital', 'tribunal',
  'network', 'observatory', 'institution', 'watch', 'programme', 'program', 'agency', 'troops', 'guards',
  'hospital', 'clinic', 'school', 'college', 'academy', 'museum', 'library', 'prison', 'laboratory', 'laboratories',
  // "the Red Crescent", "Palestine Red Crescent Society", which compromise does not know as it knows the Red Cross.
  'crescent', 'rail',
  // "Brașov County Police Inspectorate", "the Care Quality Inspectorate".
  'inspectorate',
  // Papers and firms named by a common noun after a place or demonym: "Harbourne Echo", "American Express".
  'express', 'echo', 'mail', 'mirror', 'standard', 'globe', 'star', 'sun', 'record', 'trust',
  // "the Talvessan General Staff", where "General" would otherwise be a title and "Staff" a person.
  'staff', 'railways', 'unit', 'units', 'brigades', 'battalions', 'regiments', 'divisions', 'militia', 'militias', 'index', 'ai', 'maritime', 'fze', 'fzco', 'llp', 'pty', 'international', ...TRADE_HEADS,
]);

/** Head nouns of associations and other bodies that are not businesses either. */
export const CIVIC_BODY_HEADS = new Set([
  'association', 'union', 'federation', 'confederation', 'foundation', 'institute', 'university', 'party', 'league',
  'alliance', 'movement', 'front', 'coalition', 'society', 'charity', 'club', 'church', 'academy',
]);

/** Head nouns of public bodies, which "the company" or "the operator" never stands for. */
export const PUBLIC_BODY_HEADS = new Set([
  'government', 'ministry', 'department', 'administration', 'authority', 'authorities', 'regulator', 'watchdog',
  'commission', 'committee', 'council', 'parliament', 'assembly', 'congress', 'senate', 'court', 'tribunal', 'police',
  'army', 'navy', 'military', 'forces', 'embassy', 'consulate', 'cabinet', 'directorate', 'secretariat', 'inspectorate',
  'board', 'bureau', 'office', 'presidency',
]);

/** Portfolios named before a minister's or secretary's title: "Health Minister", "Transport Secretary". */
export const PORTFOLIOS = new Set([
  'health', 'environment', 'education', 'justice', 'transport', 'transportation', 'energy', 'economy', 'trade',
  'labour', 'labor', 'agriculture', 'culture', 'defence', 'defense', 'foreign', 'interior', 'finance', 'home',
  'housing', 'industry', 'infrastructure', 'tourism', 'sport', 'sports', 'immigration', 'security', 'digital',
  'science', 'technology', 'communications', 'development', 'employment', 'fisheries', 'treasury', 'welfare',
  'family', 'youth', 'water', 'mining', 'planning', 'climate', 'commerce', 'environmental', 'social', 'affairs',
  'exchequer', 'cabinet', 'press',
]);

/** Words a title's office may name after "of": "Secretary of State", "Superintendent of Police", "Director of Public Prosecutions". */
export const OFFICE_WORDS = new Set([
  ...PORTFOLIOS, 'state', 'police', 'staff', 'public', 'prosecutions', 'national', 'intelligence', 'homeland',
  'revenue', 'customs', 'works', 'roads', 'armed', 'forces', 'army', 'navy', 'air', 'force', 'naval', 'operations',
]);

/** Head nouns of places: "Leningrad region", "Bryansk Oblast", "Black Sea". */
export const PLACE_HEADS = new Set([
  'region', 'oblast', 'province', 'state', 'states', 'county', 'district', 'krai', 'republic', 'territory',
  'sea', 'ocean', 'strait', 'straits', 'gulf', 'bay', 'river', 'lake', 'island', 'islands', 'peninsula', 'mountains',
  'valley', 'desert', 'city', 'town', 'village', 'canal', 'channel', 'coast', 'border', 'square', 'street', 'avenue',
  'airport', 'harbour', 'harbor', 'prefecture', 'governorate', 'emirate', 'canton', 'municipality', 'park',
]);

/** Nouns that, after a capitalised name, make it a piece of equipment. */
export const EQUIPMENT_HEADS = new Set([
  'drone', 'drones', 'aircraft', 'plane', 'planes', 'jet', 'jets', 'fighter', 'fighters', 'bomber', 'bombers',
  'helicopter', 'helicopters', 'missile', 'missiles', 'system', 'systems', 'launcher', 'launchers', 'rocket',
  'rockets', 'tank', 'tanks', 'howitzer', 'howitzers', 'rifle', 'rifles', 'gun', 'guns', 'vessel', 'vessels',
  'ship', 'ships', 'warship', 'warships', 'frigate', 'frigates', 'destroyer', 'destroyers', 'submarine',
  'submarines', 'tanker', 'tankers', 'carrier', 'freighter', 'airliner', 'airliners', 'uav', 'uavs', 'vehicle',
  'vehicles', 'truck', 'trucks', 'satellite', 'satellites', 'radar', 'torpedo', 'torpedoes', 'munitions', 'shells',
  'car', 'cars', 'engine', 'engines', 'chip', 'chips', 'phone', 'phones', 'boat', 'boats', 'ferry', 'cruiser',
  'pickup', 'pickups', 'suv', 'van', 'vans', 'bus', 'buses', 'turboprop', 'turboprops', 'jetliner', 'jetliners',
  'airplane', 'airplanes', 'bulker', 'containership', 'trawler', 'corvette', 'gunboat', 'patrol', 'transport',
]);

/** Words that link parts of a name ("Council of Heads of State", "Ursula von der Leyen"). */
export const NAME_LINKS = new Set(['of', 'de', 'von', 'der', 'van', 'den', 'al', 'bin', 'da', 'del', 'la', 'le', 'du', 'for', 'and', 'the', 'y', 'ibn']);

/** Abbreviations of things and trades, not of bodies: "GPS data", "CCTV footage", "a GP", "an NGO". */
export const COMMON_ACRONYMS = new Set([
  'gps', 'cctv', 'dna', 'iv', 'gp', 'gdp', 'vat', 'icu', 'sms', 'hiv', 'aids', 'ceo', 'cfo', 'coo', 'cto', 'mp', 'mps',
  'phd', 'id', 'pdf', 'uav', 'uavs', 'suv', 'atm', 'ngo', 'ngos', 'fir', 'faq', 'vip', 'usb', 'lgbt', 'lgbtq', 'ipo', 'etf', 'fud',
]);

/** Words that may be capitalised but never name anything. */
export const NEVER_NAMES = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'i', 'a', 'an', 'the', 'this', 'that', 'these',
  'those', 'he', 'she', 'it', 'they', 'we', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'mr', 'mrs',
  'ms', 'dr', 'am', 'pm', 'ok', 'tv', 'ad', 'no', 'if', 'yes', 'but', 'and', 'or', 'so', 'as', 'while', 'when',
  'all', 'neither', 'both', 'either', 'each', 'every', 'none', 'many', 'most', 'some', 'any', 'such', 'other', 'another',
]);
