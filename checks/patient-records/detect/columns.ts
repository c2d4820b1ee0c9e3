/** Column typing by header, confirmed by the values (Macie: in CSV/XLSX the column name is the keyword). */
import { isNameCell, isPersonName } from './names.js';
import { isNullDate, isPlausibleDate, isSsnShaped, isValidCard } from './validate.js';

/** What a column holds, as far as patient data goes. */
export type ColumnKind =
  | 'ssn' | 'dob' | 'mrn' | 'patient-id' | 'member-id' | 'name' | 'phone' | 'email' | 'address' | 'credit-card'
  | 'bank-account' | 'passport' | 'drivers-license' | 'account' | 'provider' | 'health' | 'other';

/** Lower-cased header with everything but letters, digits and `#` removed. */
export const headerKey = (header: string): string => {
  const lower = header.toLowerCase();
  // Accents folded first: "Diagnóstico" -> "diagnostico", not "diagnstico" (only where there is one: normalize is slow).
  const folded = NON_ASCII.test(lower) ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : lower;
  return folded.replace(/[^a-z0-9#]/g, '');
};
// eslint-disable-next-line no-control-regex -- the ASCII range, as a boundary
const NON_ASCII = /[^\x00-\x7f]/;

const NAME_HEADERS = /^(?:name|fullname|patientname|ptname|patient|pt|deceased|deceasedname|decedent|decedentname|recipient|recipientname|ptinit|ptinitials|init|initials|clientinitials|patientinitials|guarantorpatient|patientguarantor|guarantororpatient|patientorguarantor|firstname|first|lastname|last|surname|givenname|given|familyname|family|middlename|middle|maiden|maidenname|membername|clientname|client|insuredname|subscribername|firstandlastname|fname|lname|guarantor|guarantorname|resident|residentname|caller|callername|mom|momname|mother|mothername|mothersname|nombre|nombres|nombrecompleto|nombredelpaciente|paciente|apellido|apellidos|nom|prenom|nomdefamille|nomcomplet|nomdupatient)$/;
const NOT_PERSON_NAME = /(?:company|org|organization|facility|provider|physician|doctor|practice|business|product|file|user|host|server|device|drug|medication|test|item|vendor|payer|plan|bank|street|city|state|country|sheet|table|display|brand|generic|clinic|hospital|location|site|department|dept|field|column|event|app|package|module|class|method|security|sector|industry|rep|salesperson|technician|author|owner|reviewer|approver|signer|instructor|trainer|speaker|presenter|candidate|interviewer)/;

/** The kind a header names, before looking at values; a bracketed note is read past when the whole names nothing ("Name (first + last initial)"). */
export const headerKind = (header: string): ColumnKind => {
  const kind = headerKindOf(header);
  if (kind !== 'other' || !header.includes('(')) return kind;
  const bare = header.replace(/\s*\([^()]*\)/g, '').trim();
  return bare && bare !== header ? headerKindOf(bare) : kind;
};

const headerKindOf = (header: string): ColumnKind => {
  const k = headerKey(header);
  if (!k) return 'other';
  // A taxpayer id is an SSN for a person (an EIN for a business: those values do not fit).
  if (/ssn|socialsecurity|socsec|^ss#$|segurosocial|^tin$|^taxid|taxpayerid/.test(k)) return 'ssn';
  if (/dob|dateofbirth|dataofbirth|birthdate|birthday|^born$|birthdt|^bdate$|fechadenacimiento|fechanacimiento|^fnac$|datedenaissance|^nee?(?:e)?le$|^ddn$/.test(k)) return 'dob';
  if (/mrn|medicalrecord|^chart(?:no|num|number|#)?$|^mr(?:no|num|number|#)$|^(?:numerode)?expediente$|^n(?:o|umero(?:de)?)?dossier$|patientid|patientnumber|patientno|^ptid$|^pid$|^clientid$/.test(k)) return 'mrn';
  if (/memberid|membernumber|subscriberid|subscribernumber|policyn|policyid|insuranceid|medicaid|medicareid|^mbi$|hicn|beneficiaryid|healthplanid|insuredid/.test(k)) return 'member-id';
  if (/^(?:patient|patientuuid|subject|subjectid|personid)$/.test(k)) return 'patient-id';
  if (/npi|provider|physician|doctor|practitioner|specialt|taxonomy|licen[cs]e|^dea|prescriber|attending|referring|clinician/.test(k) && !/driver/.test(k)) return 'provider';
  if (NAME_HEADERS.test(k) || (k.endsWith('name') && !NOT_PERSON_NAME.test(k))) return 'name';
  if (/phone|^tel$|telephone|mobile|^cell|^fax|^telefono|^celular|^movil|callback|contactn(?:o|umber)|^contact#$/.test(k)) return 'phone';
  if (/^e?mail|emailaddress|^correo/.test(k)) return 'email';
  if (/address|^street|^addr|^direccion|^domicilio/.test(k)) return 'address';
  if (/creditcard|cardnumber|^ccn$|^cc$|^ccnumber$/.test(k)) return 'credit-card';
  if (/bankaccount|iban|routing|checking|savings/.test(k)) return 'bank-account';
  if (/passport/.test(k)) return 'passport';
  if (/^drivers?licen|^drivers?(?:no|number|#)?$|^dl$|^dl(?:no|number|#)$|^dln$/.test(k)) return 'drivers-license';
  if (/^(?:account|acct|accountno|accountnumber|acctno|patientaccount)$/.test(k)) return 'account';
  if (/covered|^count|count$|amount|cost|total|revenue|utilization|price|fee/.test(k)) return 'other';
  if (/diagnos|^dx|condition|problem|complaint|reason|medication|^meds?$|drug|^rx$|prescription|procedure|allerg|^icd|^cpt|snomed|loinc|vaccine|immuniz|^labs?$|labtest|^result|vital|bloodtype|bloodpressure|symptom|treatment|therapy|encounter|admission|discharge|careplan|clinical|modality|bodysite|diagnostico|medicamento|alergia|tratamiento|enfermedad|sintoma|padecimiento|^recall(?:type|reason|due)?$|^screening(?:type|due)?$/.test(k)) return 'health';
  return 'other';
};

// Columns that only a practice or a plan keeps about people: their doctor, insurer, visits.
const CARE_HEADER = /^(?:pcp|primarycare|primarycare(?:physician|provider|doctor)|primaryins|primaryinsurance|secondaryins|insurance|ins|insurer|insuranceplan|insurancecompany|healthplan|payer|primarypayer|carrier|lastvisit|lastseen|nextvisit|nextappt|nextappointment|lastappt|lastappointment|referringprovider|referringphysician|attendingphysician|provider|physician|doctor|renderingprovider)$/;

/** A header naming a person's doctor, insurer or visits: a list of people with it is a list of patients or plan members. */
export const isCareHeader = (header: string): boolean => CARE_HEADER.test(headerKey(header));

/** A header that says the rows are the practice's staff ("Staff member", "Employee", "Role", "Job title"). */
export const isStaffHeader = (header: string): boolean =>
  /^(?:staff|staffmember|staffname|employee|employeename|employeeid|empid|role|jobtitle|position|hiredate|credentials?)$/.test(headerKey(header));

/** A header of an employee list (hire date, salary, department): its insurance columns are benefits, not care. */
export const isEmployeeHeader = (header: string): boolean => /employee|hiredate|salary|wage|payrate|position|department|jobtitle|payroll/.test(headerKey(header));

// Status words fill "Result" or "Treatment" columns of lists that are not clinical (background checks, to-do trackers).
const STATUS = new Set(['pending', 'clear', 'cleared', 'done', 'complete', 'completed', 'ok', 'yes', 'no', 'sent', 'received', 'scheduled', 'cancelled', 'canceled', 'approved', 'denied', 'active', 'inactive', 'paid', 'open', 'closed', 'none', 'n/a', 'na', 'passed', 'failed', 'pass', 'fail', 'in progress', 'waiting', 'ordered', 'eligible', 'ineligible', 'not eligible', 'hold', 'on hold', 'review', 'in review']);

/** True for a status word rather than clinical content. */
export const isStatusWord = (value: string): boolean => STATUS.has(value.trim().toLowerCase());

/** A header naming the people a business serves rather than its staff or providers ("Client", "Member", "Mom" on a lactation list). */
export const isServedPersonHeader = (header: string): boolean =>
  /^(?:client|clientname|member|membername|insuredname|subscribername|guarantor|guarantorname|resident|residentname|caller|callername|mom|momname|mother|mothername|mothersname)$/.test(headerKey(header));

/** A header that says its column identifies patients ("Patient", "Patient Name", "Pt ID"; a care home's "Resident"). */
export const isPatientHeader = (header: string): boolean =>
  /^(?:patients?|pt|deceased|deceasedname|decedent|decedentname|ptinitials|patientinitials|clientinitials|guarantorpatient|patientguarantor|guarantororpatient|patientorguarantor|patientname|patientid|ptname|patientnumber|patientmrn|patientfullname|ptid|resident|residentname|pacientes?|nombredelpaciente)$/.test(headerKey(header));

const ID_CELL = /^[A-Za-z0-9][A-Za-z0-9._:-]{1,39}$/;
const SURNAME_INITIAL = /^[A-Z][A-Za-z'’-]{1,30},? [A-Z]\.?$/;

/** A column of whole names ("Name", "Patient"): its cells need first and last name, unlike a "First" or "Last" column. */
export const isFullNameHeader = (header: string): boolean =>
  /^(?:name|fullname|patientname|ptname|patient|patients|membername|clientname|client|insuredname|subscribername|firstandlastname|guarantor|guarantorname|resident|residentname|caller|callername|mom|momname|mother|mothername|mothersname|nombre|nombrecompleto|nombredelpaciente|paciente)$/.test(headerKey(header));

/** Whether one cell's value fits the column kind (`full-name`: a name column that holds whole names). */
export const cellFits = (kind: ColumnKind | 'full-name', value: string): boolean => {
  const v = value.trim();
  switch (kind) {
    case 'ssn': return isSsnShaped(v);
    case 'dob': {
      const date = v.replace(/[ t]\d{1,2}:\d{2}.*$/i, '');
      return !isNullDate(date) && isPlausibleDate(date);
    }
    // A bare number of one to three digits is a count ("stats.Patient: 31"), not a record number.
    case 'mrn': case 'patient-id': case 'member-id': case 'account': case 'passport': case 'drivers-license':
      return ID_CELL.test(v) && /\d/.test(v) && !/^\d{1,3}$/.test(v);
    // Initials ("R.K.", "J.A.W.") fill the name column of dosing and sign-in logs.
    case 'name': return isNameCell(v) || /^(?:[A-Z]\.\s?){2,3}$/.test(v);
    // Whole names, or a surname with an initial ("Pruitt A", "Carver, D."), as EHR lists print them.
    case 'full-name': return isNameCell(v) && (isPersonName(v.toUpperCase() === v ? v.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase()) : v, 2) || SURNAME_INITIAL.test(v));
    case 'phone': return v.replace(/\D/g, '').length >= 7 && v.replace(/\D/g, '').length <= 15;
    case 'email': return /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(v);
    case 'address': return /[A-Za-z]{3}/.test(v) && v.length <= 120;
    case 'credit-card': return isValidCard(v);
    case 'bank-account': return /^[A-Z0-9 -]{6,34}$/i.test(v) && /\d{4}/.test(v);
    case 'health': return /[A-Za-z]{3}/.test(v) || /^[A-TV-Z]\d[0-9AB]\.?[0-9A-Z]{0,4}$/.test(v);
    default: return false;
  }
};
