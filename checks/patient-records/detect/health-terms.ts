/**
 * Health context: clinical vocabulary by kind (diagnosis, medication, procedure, lab, clinical-term).
 * Stems are matched at a word start, case-insensitive, in one linear pass with an early stop.
 */

const VOCAB: Record<string, string> = {
  diagnosis:
    'diabet* hypertens* hyperlipid* hypercholesterol* asthma copd pneumonia bronchitis influenza covid-19 sepsis cancer carcinoma ' +
    'lymphoma leukemia leukaemia melanoma tumor tumour neoplasm metasta* depressi* anxiety bipolar schizophren* adhd autism dementia ' +
    'alzheimer* parkinson* epilep* seizure stroke cerebrovascular infarct myocardial angina arrhythmi* atrial_fibrillation heart_failure ' +
    'cardiomyopath* coronary anemia anaemia hepatitis cirrhosis tuberculosis arthritis osteopor* osteoarthr* fracture obesity ' +
    'hypothyroid* hyperthyroid* kidney_disease renal_failure nephropathy neuropathy retinopathy dermatitis eczema psoriasis migraine ' +
    'gout lupus fibromyalgia allerg* rhinitis sinusitis otitis pharyngitis urinary_tract_infection gastroenteritis gerd colitis ' +
    'crohn celiac hernia appendicitis pancreatitis cholecystitis pregnan* prenatal antenatal postpartum miscarriage infertil* ' +
    'hypoglyc* hyperglyc* ketoacidosis insomnia sleep_apnea substance_abuse alcohol_use_disorder opioid_use overdose suicid* ptsd ' +
    'concussion sprain laceration contusion infection syndrome disorder hiv/aids hiv_infection impairment disabilit* dysphagia ' +
    'hemiparesis aphasia embolism thrombosis dvt hyperkalemia hyponatremia uti ' +
    'anaphylaxis urticaria caries periodontitis gingivitis cystitis pyelonephritis cellulitis abscess meniscus ' +
    'tendinitis bursitis sciatica radiculopathy scoliosis rotator_cuff carpal_tunnel glaucoma cataract macular_degeneration ' +
    'conjunctivitis tinnitus vertigo dizziness syncope palpitations dyspnea edema chest_pain shortness_of_breath ' +
    'bruis* headache nausea vomiting diarrhea constipation fever rash ulcer hemorrhoid* polyp* nodule* cyst* ' +
    'chf ckd afib a-fib mdd gad ocd panic_attack* panic_disorder ' +
    'preeclampsia gestational trimester iup contracepti* menopaus* endometriosis pcos ' +
    'osteopenia anemic hypokalemia neutropenia thrombocytopenia sickle_cell hemophilia ' +
    'hepatic renal_insufficiency hyperglycemia hypoglycemia obese overweight pressure_injur* pressure_sore* decubitus wound ' +
    // Spanish forms: the common diagnoses.
    'hipertensi* depresi* ansiedad asma embarazo alergi* prediabet* ' +
    // Injuries and findings that work notes and procedure calendars name.
    'lumbar_strain back_pain neck_pain strain lesion* ' +
    // Abbreviations of schedules and huddle notes.
    'htn hld dm2 t2dm t1dm cad bph osa uri knee_pain hip_pain shoulder_pain abdominal_pain sore_throat ear_infection ' +
    // Obstetrics, gynecology and physical therapy.
    'mastitis jaundice hyperemesis ectopic preterm placenta_previa breech oligohydramnios polyhydramnios rh_negative rh_neg ' +
    'self-harm suicidal_ideation school_refusal school_avoidance selective_mutism ' +
    'pph gdm asc-us hsil lsil dysplasia impingement effusion plantar_fasciitis tendinopathy',
  medication:
    'metformin insulin glipizide glyburide sitagliptin empagliflozin lisinopril enalapril losartan valsartan amlodipine ' +
    'hydrochlorothiazide furosemide spironolactone metoprolol atenolol carvedilol propranolol atorvastatin simvastatin ' +
    'rosuvastatin pravastatin warfarin apixaban rivaroxaban clopidogrel aspirin ibuprofen naproxen acetaminophen paracetamol ' +
    'oxycodone hydrocodone morphine fentanyl tramadol codeine gabapentin pregabalin sertraline fluoxetine citalopram escitalopram ' +
    'paroxetine bupropion venlafaxine duloxetine trazodone mirtazapine amitriptyline alprazolam lorazepam clonazepam diazepam ' +
    'zolpidem quetiapine olanzapine risperidone aripiprazole lamotrigine levetiracetam valproate carbamazepine phenytoin ' +
    'topiramate levothyroxine prednisone prednisolone methylprednisolone hydrocortisone dexamethasone albuterol salbutamol ' +
    'fluticasone budesonide montelukast tiotropium omeprazole pantoprazole esomeprazole famotidine ondansetron metoclopramide ' +
    'amoxicillin penicillin ampicillin cephalexin ceftriaxone azithromycin clarithromycin doxycycline ciprofloxacin levofloxacin ' +
    'sulfamethoxazole trimethoprim nitrofurantoin clindamycin vancomycin metronidazole piperacillin tazobactam fluconazole ' +
    'acyclovir valacyclovir oseltamivir heparin enoxaparin tamsulosin finasteride sildenafil tadalafil methotrexate ' +
    'hydroxychloroquine adalimumab allopurinol colchicine cyclobenzaprine diphenhydramine loratadine cetirizine hydroxyzine ' +
    'nitroglycerin digoxin amiodarone diltiazem verapamil clonidine hydralazine estradiol medroxyprogesterone semaglutide ' +
    'liraglutide naloxone buprenorphine methadone zocor lipitor labetalol vaccine ' +
    'alendronate risedronate denosumab donepezil memantine rivastigmine glargine lispro aspart dulaglutide tirzepatide ' +
    'ozempic humira jardiance eliquis xarelto synthroid nexplanon etonogestrel levonorgestrel norethindrone ' +
    'methylphenidate amphetamine nicotine_replacement chlorthalidone hydroxyurea adderall ritalin xanax zoloft prozac lexapro ' +
    'tylenol advil motrin aleve ketorolac articaine lidocaine ceftriaxone amoxicillin-clavulanate augmentin keflex cipro flagyl ' +
    'inhaler nebulizer antibiotic* antidepressant* antihypertensive* statin anticoagula* chemo ' +
    'rhogam mirena kyleena paragard depo-provera oxytocin pitocin misoprostol cytotec nifedipine betamethasone methergine ' +
    'progesterone prometrium clomiphene clomid letrozole dicloxacillin tdap terbutaline magnesium_sulfate diclegis',
  procedure:
    'colonoscopy endoscopy biopsy mammogra* ultrasound echocardiogra* electrocardiogra* ekg mri ct_scan x-ray radiograph* angiogra* ' +
    'catheteriz* appendectomy cholecystectomy hysterectomy mastectomy tonsillectomy arthroplasty arthroscop* laparoscop* cesarean ' +
    'c-section dialysis chemotherapy radiotherapy radiation_therapy transfusion intubation vaccination immunization ' +
    'physical_therapy surgery surgical anesthesia spirometry stress_test pap_smear colposcopy swallowing_study carotid_duplex ' +
    'mri/mra self-care_interventions ' +
    'mammo dexa bone_density pap_test ecg stent cabg pci ablation cystoscopy amniocentesis ' +
    'root_canal scaling_and_root_planing srp ' +
    'splint sutur* stitches debridement incision_and_drainage infusion ' +
    'psychotherapy cbt occupational_therapy speech_therapy xray xrays ' +
    'excision joint_injection steroid_injection iud_insertion iud cryotherapy ' +
    'scaling fluoride_varnish valve_replacement hip_replacement knee_replacement redressed dressing_change ' +
    'herniated_disc muscle_relaxant* dizzy water_pill* ' +
    'gtt ogtt glucose_tolerance nst non-stress_test anatomy_scan cerclage epidural vbac tolac leep colpo pap cotest ' +
    'tka orif acl_reconstruction pt_eval pt_re-eval gait_training therapeutic_exercise manual_therapy home_exercise_program ' +
    'induction_of_labor',
  lab:
    'blood_sugar hba1c a1c hemoglobin glucose cholesterol triglycerid* creatinine egfr ldl hdl platelet wbc hematocrit potassium sodium ' +
    'urinalysis lipid_panel blood_culture tsh inr bun specimen ' +
    'cbc psa ldl-c bilirubin albumin ferritin vitamin_b12 crp esr bnp troponin d-dimer ' +
    'hcg pathology cytology quantiferon phq-9 gad-7 spo2 bmi ' +
    // Spanish result letters.
    'colesterol hemoglobina glucosa lipids strep_test mamograf* biopsia* metformina ' +
    'epds phq-a cy-bocs cows hpv preg_test pregnancy_test beta_hcg bili fern_test nitrazine gbs gbs_swab',
  'clinical-term':
    'chief_complaint history_of_present_illness review_of_systems physical_exam assessment_and_plan diagnos* prognosis symptom ' +
    'prescri* medication dosage admitted discharge diagnoses vital_signs blood_pressure heart_rate respiratory_rate ' +
    'allergies immunizations problem_list plan_of_care advance_directive healthcare_agent medical_treatment life_support ' +
    'resuscitat* dnr follow-up outpatient inpatient emergency_room ' +
    'triage dose doses prior_authorization health_care_proxy immunization_record office_visit post-op pre-op ' +
    'prenatal_vitamin* vital_sign* nkda annual_physical well_visit well-child wellness_visit med_check f/u ' +
    'lmp edd s/p antalgic fertility rupture_of_membranes postpartum_visit ' +
    'iop intensive_outpatient relapse sobriety recovery_program suboxone',
};

// A trailing `*` marks a stem (any ending); other words match whole, plural allowed.
const STEM_KIND = new Map<string, string>();
const PREFIX = new Set<string>();
for (const [kind, words] of Object.entries(VOCAB)) {
  for (const w of words.split(' ')) {
    if (!w) continue;
    const stem = w.replace(/\*$/, '').replace(/_/g, ' ');
    STEM_KIND.set(stem, kind);
    if (w.endsWith('*')) PREFIX.add(stem);
  }
}

// Multi-word terms are written with single spaces; text may hold any run of blanks between them.
const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');
const TERMS = new RegExp(`\\b(${[...STEM_KIND.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})([A-Za-z]*)`, 'gi');
// SNOMED CT semantic tags, as in Synthea's DESCRIPTION columns.
const SNOMED_TAG = /\((?:disorder|finding|procedure|situation|regime\/therapy|observable entity)\)/g;
// Obstetric history as charts write it: gravida and para ("G2P1", "G3 P2", "G4P2012", "G2P1-0-1-1").
const GRAVIDA_PARA = /\bG\d{1,2} ?P\d{1,2}(?:\d{3}|(?:-\d{1,2}){3})?\b/gi;

/** What the vocabulary found: counts by kind and the distinct terms seen. */
export type HealthScan = { counts: Record<string, number>; distinct: Set<string> };

/** Scans for clinical vocabulary; stops after `cap` hits (enough to judge, cheap on long notes). */
export const scanHealthTerms = (text: string, cap = 200, into?: HealthScan): HealthScan => {
  const out: HealthScan = into ?? { counts: {}, distinct: new Set() };
  let n = 0;
  TERMS.lastIndex = 0;
  for (let m = TERMS.exec(text); m && n < cap; m = TERMS.exec(text), n++) {
    const stem = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    const rest = m[2]!.toLowerCase();
    if (rest && !PREFIX.has(stem) && rest !== 's' && rest !== 'es') continue;
    const kind = STEM_KIND.get(stem) ?? 'clinical-term';
    out.counts[kind] = (out.counts[kind] ?? 0) + 1;
    out.distinct.add(stem);
  }
  SNOMED_TAG.lastIndex = 0;
  for (let m = SNOMED_TAG.exec(text); m && n < cap; m = SNOMED_TAG.exec(text), n++) {
    out.counts['clinical-term'] = (out.counts['clinical-term'] ?? 0) + 1;
    out.distinct.add(m[0]);
  }
  GRAVIDA_PARA.lastIndex = 0;
  if (n < cap && GRAVIDA_PARA.test(text)) {
    out.counts['clinical-term'] = (out.counts['clinical-term'] ?? 0) + 1;
    out.distinct.add('gravida-para');
  }
  return out;
};
