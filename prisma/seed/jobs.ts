/**
 * Services, rate cards and the job templates requisitions are made from: title, service, role category,
 * grade, DBS level, registration, hours and duties. Pay comes from the rate card for the category × grade.
 */
import type { DbsLevel, RoleCategory } from "../../lib/generated/prisma/enums";

export interface ServiceDef {
  code: string;
  name: string;
  costCentres: ReadonlyArray<{ code: string; name: string }>;
}

export const LUTON_SERVICES: readonly ServiceDef[] = [
  { code: "ASC", name: "Adult Social Care", costCentres: [{ code: "ASC-4102", name: "Care at Home" }, { code: "ASC-4110", name: "Reablement and Occupational Therapy" }] },
  { code: "CHS", name: "Children's Services", costCentres: [{ code: "CHS-5201", name: "Safeguarding and Children in Need" }, { code: "CHS-5230", name: "Early Help" }] },
  { code: "HOU", name: "Housing", costCentres: [{ code: "HOU-3301", name: "Housing Options and Homelessness" }] },
  { code: "PLN", name: "Planning", costCentres: [{ code: "PLN-2401", name: "Development Management" }] },
  { code: "NBS", name: "Neighbourhood Services", costCentres: [{ code: "NBS-6101", name: "Waste and Recycling" }, { code: "NBS-6120", name: "Street Cleansing and Grounds" }] },
  { code: "CAT", name: "Catering", costCentres: [{ code: "CAT-7001", name: "School Catering" }] },
  { code: "CUS", name: "Customer Services", costCentres: [{ code: "CUS-8001", name: "Customer Service Centre" }] },
  { code: "PHL", name: "Public Health", costCentres: [{ code: "PHL-9101", name: "Public Health Programmes" }, { code: "PHL-9140", name: "Environmental Health" }] },
];

export const DUDLEY_SERVICES: readonly ServiceDef[] = [
  { code: "ASC", name: "Adult Social Care", costCentres: [{ code: "DASC-1101", name: "Home Support" }] },
  { code: "CHS", name: "Children's Services", costCentres: [{ code: "DCHS-1201", name: "Children's Social Care" }] },
  { code: "ENV", name: "Environmental Services", costCentres: [{ code: "DENV-1301", name: "Waste Collection" }] },
];

export interface RateCardDef {
  roleCategory: RoleCategory;
  grade: string;
  payMinPence: number;
  payMaxPence: number;
  /** charge ÷ pay for this card (1.25–1.35) */
  markup: number;
}

export const RATE_CARDS: readonly RateCardDef[] = [
  { roleCategory: "SOCIAL_CARE", grade: "Band 3", payMinPence: 1260, payMaxPence: 1380, markup: 1.3 },
  { roleCategory: "SOCIAL_CARE", grade: "Band 4", payMinPence: 1350, payMaxPence: 1450, markup: 1.3 },
  { roleCategory: "ADULT_SOCIAL_WORK", grade: "Band 7", payMinPence: 2800, payMaxPence: 3800, markup: 1.28 },
  { roleCategory: "CHILD_FAMILY_SOCIAL_WORK", grade: "Band 8", payMinPence: 3200, payMaxPence: 4200, markup: 1.28 },
  { roleCategory: "CHILD_FAMILY_SOCIAL_WORK", grade: "Senior practitioner", payMinPence: 3800, payMaxPence: 4500, markup: 1.27 },
  { roleCategory: "ADMIN", grade: "Band 2", payMinPence: 1221, payMaxPence: 1320, markup: 1.32 },
  { roleCategory: "ADMIN", grade: "Band 4", payMinPence: 1350, payMaxPence: 1500, markup: 1.32 },
  { roleCategory: "OPERATIONAL", grade: "Band 1", payMinPence: 1221, payMaxPence: 1300, markup: 1.35 },
  { roleCategory: "OPERATIONAL", grade: "Band 3", payMinPence: 1300, payMaxPence: 1450, markup: 1.33 },
  { roleCategory: "PROFESSIONAL", grade: "Band 6", payMinPence: 2200, payMaxPence: 2800, markup: 1.27 },
  { roleCategory: "PROFESSIONAL", grade: "Band 8", payMinPence: 2500, payMaxPence: 3500, markup: 1.27 },
  { roleCategory: "MANAGEMENT", grade: "Band 10", payMinPence: 5000, payMaxPence: 7000, markup: 1.25 },
];

/** Charge band of a card: pay band × markup, rounded to the penny. */
export function chargeBand(card: RateCardDef): { chargeMinPence: number; chargeMaxPence: number } {
  return { chargeMinPence: Math.round(card.payMinPence * card.markup), chargeMaxPence: Math.round(card.payMaxPence * card.markup) };
}

/** Groups of candidates by the kind of work they look for; each job template belongs to one track. */
export type Track =
  | "care" | "adultSw" | "childSw" | "ot" | "planner" | "publicHealth" | "housing" | "admin" | "operational" | "catering" | "management";

export interface JobTemplate {
  key: string;
  title: string;
  service: string; // ServiceDef.code
  costCentre: number; // index into the service's cost centres
  track: Track;
  roleCategory: RoleCategory;
  grade: string;
  dbsLevel: DbsLevel;
  registration: string | null;
  hours: readonly number[];
  headcount: readonly [number, number];
  /** relative frequency of requisitions for this job */
  weight: number;
  duties: string;
}

const CARE_DUTIES = "Provide personal care and practical support to adults in their own homes across Luton, following each person's care and support plan; promote independence and dignity; record visits accurately on the electronic care system; report any safeguarding concerns straight away. Shifts are on a rota including some evenings and weekends.";

export const JOB_TEMPLATES: readonly JobTemplate[] = [
  { key: "support-worker", title: "Support Worker", service: "ASC", costCentre: 0, track: "care", roleCategory: "SOCIAL_CARE", grade: "Band 3", dbsLevel: "ENHANCED_BARRED", registration: null, hours: [37, 30, 22.5], headcount: [2, 5], weight: 10, duties: CARE_DUTIES },
  { key: "senior-care-worker", title: "Senior Care Worker", service: "ASC", costCentre: 0, track: "care", roleCategory: "SOCIAL_CARE", grade: "Band 4", dbsLevel: "ENHANCED_BARRED", registration: null, hours: [37], headcount: [1, 3], weight: 5, duties: "Lead a small team of care workers on a rota, carry out medication support and spot checks, review care plans with the people we support and their families, and act as the first point of contact for the coordinators out of hours." },
  { key: "reablement-worker", title: "Reablement Worker", service: "ASC", costCentre: 1, track: "care", roleCategory: "SOCIAL_CARE", grade: "Band 3", dbsLevel: "ENHANCED_BARRED", registration: null, hours: [37, 30], headcount: [1, 4], weight: 6, duties: "Work with people leaving hospital for up to six weeks to regain the skills and confidence to live independently, following goals set by the occupational therapists; record progress and feed back at weekly reviews." },
  { key: "ot", title: "Occupational Therapist", service: "ASC", costCentre: 1, track: "ot", roleCategory: "PROFESSIONAL", grade: "Band 6", dbsLevel: "ENHANCED_BARRED", registration: "Health and Care Professions Council", hours: [37], headcount: [1, 1], weight: 2, duties: "Carry a caseload of community occupational therapy assessments, prescribe equipment and minor adaptations, and support the reablement team to set goals. Current HCPC registration is essential." },
  { key: "asw", title: "Social Worker (Adults)", service: "ASC", costCentre: 0, track: "adultSw", roleCategory: "ADULT_SOCIAL_WORK", grade: "Band 7", dbsLevel: "ENHANCED_BARRED", registration: "Social Work England", hours: [37], headcount: [1, 2], weight: 3, duties: "Carry out Care Act assessments and reviews, lead on safeguarding enquiries and support planning for adults with care and support needs in the long-term team. Registration with Social Work England is essential." },
  { key: "asc-tm", title: "Team Manager (Adult Social Care)", service: "ASC", costCentre: 0, track: "management", roleCategory: "MANAGEMENT", grade: "Band 10", dbsLevel: "ENHANCED_BARRED", registration: "Social Work England", hours: [37], headcount: [1, 1], weight: 1, duties: "Manage the long-term adults team of social workers and assessors: allocation, supervision, quality assurance and budget authorisation for care packages, during a period of interim cover." },
  { key: "sw-cin", title: "Social Worker (Children in Need)", service: "CHS", costCentre: 0, track: "childSw", roleCategory: "CHILD_FAMILY_SOCIAL_WORK", grade: "Band 8", dbsLevel: "ENHANCED_BARRED", registration: "Social Work England", hours: [37], headcount: [1, 2], weight: 4, duties: "Hold a caseload of children in need and child protection plans, complete assessments and court work where needed, and work with families and partners to reduce risk. At least three years' post-qualifying experience; registration with Social Work England is essential." },
  { key: "ssw", title: "Senior Social Worker", service: "CHS", costCentre: 0, track: "childSw", roleCategory: "CHILD_FAMILY_SOCIAL_WORK", grade: "Senior practitioner", dbsLevel: "ENHANCED_BARRED", registration: "Social Work England", hours: [37], headcount: [1, 1], weight: 2, duties: "Hold a complex caseload including pre-proceedings and care proceedings, supervise newly qualified social workers and chair strategy discussions when the team manager is unavailable." },
  { key: "family-support", title: "Family Support Worker", service: "CHS", costCentre: 1, track: "care", roleCategory: "SOCIAL_CARE", grade: "Band 4", dbsLevel: "ENHANCED_BARRED", registration: null, hours: [37, 30], headcount: [1, 2], weight: 3, duties: "Support families through Early Help plans: parenting, routines, school attendance and linking families with community services; supervise family time when needed." },
  { key: "chs-tm", title: "Team Manager (Children in Need)", service: "CHS", costCentre: 0, track: "management", roleCategory: "MANAGEMENT", grade: "Band 10", dbsLevel: "ENHANCED_BARRED", registration: "Social Work England", hours: [37], headcount: [1, 1], weight: 1, duties: "Lead a children in need team through an inspection year: case allocation, supervision, audit and performance, and partnership work with schools and health." },
  { key: "chs-bso", title: "Business Support Officer", service: "CHS", costCentre: 0, track: "admin", roleCategory: "ADMIN", grade: "Band 2", dbsLevel: "STANDARD", registration: null, hours: [37, 30], headcount: [1, 2], weight: 2, duties: "Minute child protection conferences and core groups, keep case records up to date and support the social work teams with scheduling and correspondence." },
  { key: "housing-officer", title: "Housing Officer", service: "HOU", costCentre: 0, track: "housing", roleCategory: "ADMIN", grade: "Band 4", dbsLevel: "BASIC", registration: null, hours: [37], headcount: [1, 2], weight: 3, duties: "Manage a patch of council homes: tenancy sign-ups and visits, rent arrears and anti-social behaviour casework, and liaison with repairs." },
  { key: "homelessness", title: "Homelessness Prevention Officer", service: "HOU", costCentre: 0, track: "housing", roleCategory: "ADMIN", grade: "Band 4", dbsLevel: "BASIC", registration: null, hours: [37], headcount: [1, 3], weight: 3, duties: "Assess people at risk of homelessness under the Housing Act 1996 Part 7, agree personalised housing plans, negotiate with landlords and arrange emergency accommodation." },
  { key: "planning-officer", title: "Planning Officer", service: "PLN", costCentre: 0, track: "planner", roleCategory: "PROFESSIONAL", grade: "Band 8", dbsLevel: "NONE", registration: null, hours: [37], headcount: [1, 2], weight: 3, duties: "Determine householder and minor planning applications, carry out site visits, write delegated reports and advise applicants at pre-application stage." },
  { key: "refuse", title: "Refuse Collection Operative", service: "NBS", costCentre: 0, track: "operational", roleCategory: "OPERATIONAL", grade: "Band 1", dbsLevel: "NONE", registration: null, hours: [37], headcount: [2, 6], weight: 6, duties: "Collect household waste and recycling as part of a three-person crew on set rounds across Luton, working safely around the vehicle and reporting missed or contaminated bins. Early starts from the Kingsway depot." },
  { key: "hgv", title: "HGV Driver (Refuse)", service: "NBS", costCentre: 0, track: "operational", roleCategory: "OPERATIONAL", grade: "Band 3", dbsLevel: "NONE", registration: null, hours: [37], headcount: [1, 2], weight: 2, duties: "Drive a 26-tonne refuse collection vehicle on set rounds, carry out daily vehicle checks and lead the crew. Category C licence and Driver CPC card needed." },
  { key: "street-cleansing", title: "Street Cleansing Operative", service: "NBS", costCentre: 1, track: "operational", roleCategory: "OPERATIONAL", grade: "Band 1", dbsLevel: "NONE", registration: null, hours: [37], headcount: [2, 5], weight: 5, duties: "Keep Luton's town centre and neighbourhoods clean: litter picking, emptying bins, clearing fly-tips and leaf fall, on foot and with mechanical sweepers." },
  { key: "catering-assistant", title: "Catering Assistant", service: "CAT", costCentre: 0, track: "catering", roleCategory: "OPERATIONAL", grade: "Band 1", dbsLevel: "ENHANCED", registration: null, hours: [22.5, 15, 25], headcount: [1, 4], weight: 5, duties: "Prepare and serve school lunches, keep the kitchen and dining hall clean and follow food safety and allergen procedures. Term-time only." },
  { key: "school-cook", title: "School Cook", service: "CAT", costCentre: 0, track: "catering", roleCategory: "OPERATIONAL", grade: "Band 3", dbsLevel: "ENHANCED", registration: null, hours: [30, 32.5], headcount: [1, 2], weight: 3, duties: "Run a primary school kitchen: cook the set menu from fresh, manage stock and orders, record allergen and temperature checks, and lead two catering assistants." },
  { key: "csa", title: "Customer Services Advisor", service: "CUS", costCentre: 0, track: "admin", roleCategory: "ADMIN", grade: "Band 2", dbsLevel: "BASIC", registration: null, hours: [37, 30], headcount: [1, 4], weight: 4, duties: "Help residents face to face at the customer service centre with council tax, benefits, parking and housing enquiries, resolving most at first contact and booking appointments with specialist teams." },
  { key: "contact-centre", title: "Contact Centre Adviser", service: "CUS", costCentre: 0, track: "admin", roleCategory: "ADMIN", grade: "Band 2", dbsLevel: "BASIC", registration: null, hours: [37, 22.5], headcount: [2, 5], weight: 4, duties: "Answer calls and web chats from residents about bins, council tax and housing repairs, log requests in the CRM and meet call-handling standards." },
  { key: "phl-practitioner", title: "Public Health Practitioner", service: "PHL", costCentre: 0, track: "publicHealth", roleCategory: "PROFESSIONAL", grade: "Band 6", dbsLevel: "STANDARD", registration: null, hours: [37], headcount: [1, 1], weight: 2, duties: "Support the delivery of the healthy weight and stop smoking programmes: commission and monitor providers, analyse outcomes and work with community groups." },
  { key: "eho", title: "Environmental Health Officer", service: "PHL", costCentre: 1, track: "publicHealth", roleCategory: "PROFESSIONAL", grade: "Band 6", dbsLevel: "BASIC", registration: null, hours: [37], headcount: [1, 2], weight: 2, duties: "Carry out food hygiene inspections and interventions, investigate complaints about food businesses and infectious disease notifications, and take enforcement action where needed." },
  { key: "phl-bso", title: "Business Support Officer", service: "PHL", costCentre: 0, track: "admin", roleCategory: "ADMIN", grade: "Band 2", dbsLevel: "BASIC", registration: null, hours: [37], headcount: [1, 1], weight: 1, duties: "Provide administrative support to the public health team: contract monitoring returns, meeting papers, purchase orders and the team inbox." },
];

export const DUDLEY_TEMPLATES: readonly JobTemplate[] = [
  { ...JOB_TEMPLATES[0], key: "d-support-worker", service: "ASC", costCentre: 0, duties: CARE_DUTIES.replace("Luton", "Dudley borough") },
  { ...JOB_TEMPLATES[6], key: "d-sw-cin", service: "CHS", costCentre: 0 },
  { ...JOB_TEMPLATES[14], key: "d-refuse", service: "ENV", costCentre: 0, duties: "Collect household waste and recycling as part of a crew on set rounds across Dudley, Stourbridge and Brierley Hill." },
];

/** Skills offered by candidates on each track. */
export const TRACK_SKILLS: Readonly<Record<Track, readonly string[]>> = {
  care: ["Personal care", "Medication support", "Manual handling", "Dementia care", "End of life care", "Care Certificate", "NVQ Level 2 Health and Social Care", "NVQ Level 3 Health and Social Care", "Driving licence", "First aid"],
  adultSw: ["Care Act assessments", "Safeguarding adults", "Mental Capacity Act", "Deprivation of Liberty Safeguards", "Best interests decisions", "Liquidlogic"],
  childSw: ["Child protection", "Children in need", "Court work", "Section 47 enquiries", "Signs of Safety", "Mosaic", "Pre-proceedings"],
  ot: ["Equipment prescription", "Home adaptations", "Moving and handling assessments", "Reablement goal setting", "HCPC registered"],
  planner: ["Householder applications", "Delegated reports", "Planning appeals", "Uniform", "Pre-application advice", "MRTPI"],
  publicHealth: ["Food hygiene inspections", "Commissioning", "Data analysis", "Health promotion", "Infection control", "Enforcement"],
  housing: ["Homelessness assessments", "Housing Act Part 7", "Tenancy management", "Rent arrears", "Landlord negotiation", "Northgate"],
  admin: ["Customer service", "Microsoft Office", "Minute taking", "Data entry", "Telephone skills", "Languages: Urdu", "Languages: Polish", "Cash handling"],
  operational: ["Manual handling", "Working at height", "CSCS card", "Category C licence", "Driver CPC", "Forklift licence", "Grounds maintenance"],
  catering: ["Food Hygiene Level 2", "Allergen awareness", "Cooking from fresh", "Kitchen cleaning", "Stock control"],
  management: ["Team leadership", "Supervision", "Budget management", "Ofsted inspection", "CQC inspection", "Performance management"],
};

/** Short experience summaries per track (the seed adds a number of years). */
export const TRACK_EXPERIENCE: Readonly<Record<Track, string>> = {
  care: "years working in domiciliary care and residential homes, supporting older people and adults with learning disabilities.",
  adultSw: "years as a registered social worker in adult long-term and hospital discharge teams.",
  childSw: "years' post-qualifying experience in children in need and child protection teams in the East of England.",
  ot: "years as a community occupational therapist in local authority and NHS settings.",
  planner: "years in development management for district and unitary councils.",
  publicHealth: "years in public health and environmental health roles in local government.",
  housing: "years in housing options, homelessness prevention and tenancy management.",
  admin: "years in customer-facing and office administration roles, including council contact centres.",
  operational: "years in waste collection, street cleansing and warehouse work.",
  catering: "years in school and hospital kitchens.",
  management: "years managing statutory social work teams, most recently as an interim team manager.",
};
