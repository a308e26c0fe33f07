/** Pools the generated dataset draws names from (cheap: a row picks entries by hash). */

export const FIRST_NAMES = [
  'Ada', 'Grace', 'Linus', 'Margaret', 'Alan', 'Barbara', 'Dennis', 'Frances', 'Ken', 'Radia',
  'Tim', 'Katherine', 'Edsger', 'Hedy', 'Donald', 'Anita', 'Guido', 'Sophie', 'Yukihiro', 'Aiko',
  'Mateo', 'Lucía', 'Chidi', 'Amara', 'Rahul', 'Priya', 'Wei', 'Mei', 'Olga', 'Dmitri',
  'Fatima', 'Omar', 'Lars', 'Ingrid', 'Pierre', 'Camille', 'Jonas', 'Lena', 'Kofi', 'Zanele',
  'Hiroshi', 'Sakura', 'Diego', 'Valentina', 'Noah', 'Emma', 'Liam', 'Olivia', 'Arjun', 'Ananya',
  'Mohammed', 'Layla', 'Ethan', 'Chloe', 'Mikael', 'Astrid', 'Tomás', 'Inês', 'Jin', 'Hana',
  'Björn', 'Zoë', 'Nikolai', 'Élodie',
] as const

export const LAST_NAMES = [
  'Lovelace', 'Hopper', 'Torvalds', 'Hamilton', 'Turing', 'Liskov', 'Ritchie', 'Allen', 'Thompson',
  'Perlman', 'Berners-Lee', 'Johnson', 'Dijkstra', 'Lamarr', 'Knuth', 'Borg', 'van Rossum', 'Wilson',
  'Matsumoto', 'Tanaka', 'García', 'Fernández', 'Okafor', 'Nwosu', 'Sharma', 'Patel', 'Zhang', 'Chen',
  'Ivanova', 'Petrov', 'Haddad', 'Nasser', 'Andersen', 'Nilsson', 'Dubois', 'Laurent', 'Müller',
  'Schmidt', 'Mensah', 'Dlamini', 'Suzuki', 'Yamamoto', 'Rodríguez', 'Rossi', 'Smith', 'Brown',
  'Murphy', 'O’Connor', 'Kapoor', 'Iyer', 'Al-Farsi', 'Rahman', 'Clarke', 'Martin', 'Virtanen',
  'Lindqvist', 'Silva', 'Costa', 'Park', 'Kim', 'Øvergaard', 'Novak', 'Kowalski', 'Nguyen',
] as const

export const EMAIL_DOMAINS = [
  'example.com', 'example.org', 'example.net', 'mail.example.com', 'inbox.example.org', 'corp.example.net',
] as const

export const TEAM_WORDS = [
  'Northwind', 'Blue Harbor', 'Analytical', 'Evergreen', 'Red Rock', 'Silverline', 'Quantum', 'Lighthouse',
  'Granite', 'Polar', 'Copper', 'Summit', 'Orchard', 'Nimbus', 'Atlas', 'Kestrel', 'Juniper', 'Obsidian',
  'Meridian', 'Tidal', 'Sunrise', 'Ironwood', 'Cobalt', 'Maple', 'Falcon', 'Harbor Lights', 'Pioneer',
  'Aurora', 'Vertex', 'Lantern', 'Riverbend', 'Stonebridge',
] as const

export const TEAM_NOUNS = [
  'Labs', 'Analytics', 'Robotics', 'Engines', 'Studio', 'Systems', 'Logistics', 'Health', 'Capital',
  'Foods', 'Energy', 'Software', 'Design', 'Media', 'Ventures', 'Works', 'Cloud', 'Security',
  'Education', 'Bio', 'Games', 'Mobility', 'Finance', 'Data',
] as const

export const TEAM_SUFFIXES = ['', '', '', '', ' Inc', ' GmbH', ' Ltd', ' LLC', ' AB', ' S.A.', ' K.K.', ' Co.'] as const

/** Free-form ids the custom dataset always starts with: they exercise escaping everywhere. */
export const SPECIAL_CUSTOM_IDS = [
  'acme corp/eu',
  'o\'brien "ltd"',
  '客户-42',
  'ünïcode ✓',
  'acme-corp-42',
  'billing@globex.example',
  'tenant/7/eu-west-1',
  '#hash?query&x=1',
  'rocket 🚀 launch',
  'percent%20encoded',
] as const

export const CUSTOM_ID_PREFIXES = ['acct_', 'org:', 'cus-', 'crm/', 'ext|', 'partner.'] as const

export const CARD_BRANDS = ['visa', 'mastercard', 'amex', 'discover', 'jcb'] as const
