/**
 * Fixed lists for the seed: names of varied heritage (as in Luton and Dudley), places and streets,
 * referees and suppliers. Job titles, rate cards and duties are in ./jobs.ts.
 */

/** Name pools grouped by heritage so a generated person has a plausible first name and surname together. */
export const NAME_GROUPS: ReadonlyArray<{ weight: number; first: readonly string[]; last: readonly string[] }> = [
  {
    weight: 34, // white British and Irish
    first: ["Jack", "Oliver", "Harry", "George", "Charlie", "Thomas", "James", "Daniel", "Ryan", "Liam", "Connor", "Sean",
      "Emma", "Sophie", "Chloe", "Jessica", "Lauren", "Rebecca", "Hannah", "Megan", "Charlotte", "Amy", "Siobhan", "Niamh",
      "Karen", "Julie", "Michelle", "Paul", "Mark", "Stephen", "Gary", "Lee", "Dean", "Tracey", "Joanne", "Claire"],
    last: ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson",
      "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Murphy", "O'Brien", "Kelly",
      "Byrne", "Walsh", "Harris", "Lewis", "Cooper", "Ward", "Turner", "Hughes", "Edwards", "Parker", "Baker", "Bennett"],
  },
  {
    weight: 22, // Pakistani and Kashmiri heritage
    first: ["Mohammed", "Imran", "Asif", "Tariq", "Zubair", "Adnan", "Usman", "Bilal", "Hamza", "Zain", "Aisha", "Sana",
      "Nadia", "Saima", "Rukhsana", "Shazia", "Hina", "Mariam", "Zara", "Amina", "Kashif", "Faisal", "Nasreen", "Iqra"],
    last: ["Khan", "Hussain", "Ahmed", "Ali", "Iqbal", "Mahmood", "Akhtar", "Rashid", "Shah", "Butt", "Malik", "Bashir",
      "Hanif", "Qureshi", "Javed", "Sadiq", "Aslam", "Yousaf"],
  },
  {
    weight: 9, // Bangladeshi heritage
    first: ["Abdul", "Rahim", "Shahid", "Jamal", "Sabbir", "Rubel", "Farhana", "Nasima", "Shirin", "Taslima", "Rumana", "Sumaiya"],
    last: ["Begum", "Miah", "Uddin", "Rahman", "Islam", "Chowdhury", "Hoque", "Ahmed", "Ali", "Karim"],
  },
  {
    weight: 8, // Indian heritage
    first: ["Priya", "Anjali", "Neha", "Ravi", "Sanjay", "Vikram", "Arjun", "Kiran", "Deepa", "Sunita", "Harpreet", "Gurpreet",
      "Manpreet", "Rajesh", "Amrit"],
    last: ["Patel", "Sharma", "Singh", "Kaur", "Gill", "Sandhu", "Mistry", "Shah", "Desai", "Chauhan", "Kumar", "Bains"],
  },
  {
    weight: 10, // Black Caribbean and Black African heritage
    first: ["Marcus", "Andre", "Jermaine", "Tyrone", "Kwame", "Kofi", "Chidi", "Emeka", "Tunde", "Femi", "Grace", "Blessing",
      "Chioma", "Ngozi", "Adaeze", "Abena", "Ama", "Shanice", "Tanisha", "Keisha", "Precious", "Joy", "Esther", "Samuel"],
    last: ["Campbell", "Brown", "Francis", "Thomas", "Graham", "Okafor", "Okonkwo", "Adeyemi", "Mensah", "Boateng", "Asante",
      "Osei", "Adebayo", "Eze", "Nwosu", "Williams", "Grant", "Clarke"],
  },
  {
    weight: 10, // Polish and Romanian heritage
    first: ["Wojciech", "Piotr", "Tomasz", "Krzysztof", "Marek", "Katarzyna", "Agnieszka", "Magdalena", "Joanna", "Anna",
      "Andrei", "Ionut", "Mihai", "Elena", "Ioana", "Alina", "Florin", "Daniela"],
    last: ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowska", "Zielińska", "Popescu", "Ionescu",
      "Dumitru", "Stan", "Constantin", "Radu", "Georgescu"],
  },
  {
    weight: 7, // other heritage: Somali, Portuguese, Turkish, Lithuanian, Chinese
    first: ["Abdi", "Hodan", "Ayaan", "Farah", "João", "Ana", "Mehmet", "Elif", "Tomas", "Ieva", "Wei", "Mei", "Jun", "Lina"],
    last: ["Abdullahi", "Warsame", "Mohamud", "Silva", "Ferreira", "Santos", "Yilmaz", "Demir", "Kazlauskas", "Petrauskas",
      "Chen", "Wong", "Li", "Zhang"],
  },
];

/** Postcode sectors: outward code and the sector digits used there, with the town. */
export interface PostcodeArea {
  outward: string;
  sectors: readonly number[];
  town: string;
}

/** Luton borough (LU1–LU4): two thirds of Luton's candidates live here. LU2 8 is configured as outside the borough. */
export const LUTON_AREAS: readonly PostcodeArea[] = [
  { outward: "LU1", sectors: [1, 2, 3, 4, 5], town: "Luton" },
  { outward: "LU2", sectors: [0, 7, 8, 9], town: "Luton" },
  { outward: "LU3", sectors: [1, 2, 3, 4], town: "Luton" },
  { outward: "LU4", sectors: [0, 8, 9], town: "Luton" },
];

/** Around Luton: Dunstable, Houghton Regis, Leighton Buzzard, Harpenden, Hitchin, Barton-le-Clay. */
export const NEARBY_AREAS: readonly PostcodeArea[] = [
  { outward: "LU5", sectors: [4, 5], town: "Dunstable" },
  { outward: "LU6", sectors: [1, 2, 3], town: "Dunstable" },
  { outward: "LU7", sectors: [1, 2, 3, 4], town: "Leighton Buzzard" },
  { outward: "AL5", sectors: [1, 2, 3, 4, 5], town: "Harpenden" },
  { outward: "SG4", sectors: [0, 9], town: "Hitchin" },
  { outward: "SG5", sectors: [1, 2, 3], town: "Hitchin" },
  { outward: "MK45", sectors: [4], town: "Barton-le-Clay" },
];

export const DUDLEY_AREAS: readonly PostcodeArea[] = [
  { outward: "DY1", sectors: [1, 2, 3, 4], town: "Dudley" },
  { outward: "DY2", sectors: [0, 7, 8, 9], town: "Netherton" },
  { outward: "DY3", sectors: [1, 2, 3], town: "Sedgley" },
  { outward: "DY5", sectors: [1, 2, 3, 4], town: "Brierley Hill" },
  { outward: "DY8", sectors: [1, 2, 3, 4, 5], town: "Stourbridge" },
];

/** Letters allowed in the inward part of a UK postcode. */
export const INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

export const STREETS: Readonly<Record<string, readonly string[]>> = {
  Luton: ["Dunstable Road", "Leagrave Road", "Bury Park Road", "Hitchin Road", "Marsh Road", "Wigmore Lane", "Stopsley Way",
    "Biscot Road", "Selbourne Road", "Round Green Lane", "Park Street", "Castle Street", "Hart Lane", "Lewsey Road",
    "Crawley Green Road", "Ashburnham Road", "Hatters Way", "Runley Road", "Turners Road North", "Farley Hill",
    "Chaul End Road", "Tennyson Road", "Cromwell Road", "Waldeck Road", "Oak Road", "Kingsway", "Sundon Park Road"],
  Dunstable: ["High Street North", "West Street", "Houghton Road", "Katherine Drive", "Great Northern Road", "Bull Pond Lane",
    "Beecroft Way", "Tithe Farm Road"],
  "Leighton Buzzard": ["Hockliffe Street", "Vandyke Road", "Appenine Way", "Plantation Road", "Billington Road"],
  Harpenden: ["Station Road", "Southdown Road", "Luton Road", "Westfield Road", "Crabtree Lane"],
  Hitchin: ["Bancroft", "Walsworth Road", "Bedford Road", "Wymondley Road", "Oughtonhead Lane", "Grange Road"],
  "Barton-le-Clay": ["Bedford Road", "Manor Road", "Sharpenhoe Road", "Church Road"],
  Dudley: ["Wolverhampton Street", "Stafford Street", "Priory Road", "Castle Hill", "Wellington Road"],
  Netherton: ["Halesowen Road", "Cinder Bank", "Northfield Road"],
  Sedgley: ["Bilston Street", "Gospel End Road", "Cotwall End Road"],
  "Brierley Hill": ["High Street", "Moor Street", "Pensnett Road", "Bank Street"],
  Stourbridge: ["Hagley Road", "Worcester Street", "Norton Road", "Heath Lane", "Enville Street"],
};

export const REFEREE_ORGANISATIONS: Readonly<Record<string, readonly string[]>> = {
  care: ["Bedfordshire Home Care Ltd", "Luton and Dunstable University Hospital", "Caring Hands (Luton) Ltd",
    "Westmead Care Home", "Bluebird Care Luton", "Central Bedfordshire Council", "Hertfordshire County Council"],
  socialWork: ["Central Bedfordshire Council", "Bedford Borough Council", "Hertfordshire County Council",
    "Milton Keynes City Council", "Luton Borough Council", "Buckinghamshire Council"],
  other: ["Luton Borough Council", "Central Bedfordshire Council", "London Luton Airport", "Vauxhall Motors (Luton)",
    "Tesco Stores Ltd", "Amazon UK (Dunstable)", "Biffa Waste Services", "Compass Group UK"],
};

export const OFF_CONTRACT_SUPPLIERS: readonly string[] = [
  "Hays Social Care", "Reed Specialist Recruitment", "Sanctuary Personnel", "Pertemps", "Hays Public Services",
  "Service Care Solutions", "Randstad Public Services",
];

export const DECLINE_REASONS: readonly string[] = [
  "No budget left on this cost centre this year: cover from the permanent team's overtime instead.",
  "Please recruit to the permanent post rather than use agency cover for a year.",
  "Cost is above what the service can carry: resubmit for fewer hours or a shorter period.",
];

export const REJECT_REASONS: readonly string[] = [
  "Does not have the experience the role needs",
  "Not available for the shifts required",
  "Another candidate was a closer match",
  "Unsuccessful at interview",
  "Driving licence needed for community visits",
];

export const WITHDRAW_REASONS: readonly string[] = [
  "Candidate accepted another job",
  "Candidate no longer available on the start date",
  "Travel to the work location was too far",
  "Candidate withdrew for personal reasons",
];
