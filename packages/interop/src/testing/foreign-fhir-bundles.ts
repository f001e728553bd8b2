/**
 * FHIR R4 bundles as other systems send them, written for the tests in the shapes their public examples take: an
 * EHR patient-portal search (`searchset`) of pain scores beside vital signs and an encounter, and a generated
 * record (`transaction`, `urn:uuid` full URLs, the vital-signs category, `{score}` units, a zone offset in every
 * dateTime) of the kind HAPI FHIR servers are loaded with. LOINC 72514-3 is "Pain severity - 0-10 verbal numeric
 * rating [Score] - Reported": one rating, the value only (docs/clinical §8).
 */

const PAIN_CODE = {
  coding: [
    {
      system: "http://loinc.org",
      code: "72514-3",
      display: "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
    },
  ],
  text: "Pain Score",
};

const score = (value: number) => ({
  value,
  unit: "{score}",
  system: "http://unitsofmeasure.org",
  code: "{score}",
});

/** A clinic's portal: four pain scores (one entered in error), a heart rate, the patient and the visit. */
export function portalSearchBundle(): Record<string, unknown> {
  const patient = "Patient/eRztxMVk4Og8FYCM8sYrQmw3";
  return {
    resourceType: "Bundle",
    type: "searchset",
    total: 6,
    link: [{ relation: "self", url: "https://fhir.example-clinic.org/api/FHIR/R4/Observation?patient=eRzt" }],
    entry: [
      {
        fullUrl: "https://fhir.example-clinic.org/api/FHIR/R4/Patient/eRztxMVk4Og8FYCM8sYrQmw3",
        resource: {
          resourceType: "Patient",
          id: "eRztxMVk4Og8FYCM8sYrQmw3",
          identifier: [
            { use: "usual", system: "urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.0", value: "E4012" },
          ],
          name: [{ use: "official", family: "Moreau", given: ["Camille"] }],
          gender: "female",
          birthDate: "1991-04-12",
        },
        search: { mode: "include" },
      },
      {
        fullUrl: "https://fhir.example-clinic.org/api/FHIR/R4/Observation/eaO1.pain.1",
        resource: {
          resourceType: "Observation",
          id: "eaO1.pain.1",
          identifier: [{ system: "urn:oid:1.2.840.114350.1.13.0.1.7.2.707679", value: "1234567-1" }],
          status: "final",
          category: [
            {
              coding: [
                { system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "survey" },
              ],
            },
          ],
          code: PAIN_CODE,
          subject: { reference: patient, display: "Moreau, Camille" },
          encounter: { reference: "Encounter/eXlR3" },
          effectiveDateTime: "2026-10-05T14:28:00Z",
          issued: "2026-10-05T14:30:12Z",
          valueQuantity: score(6),
        },
        search: { mode: "match" },
      },
      {
        // An evening visit in the Americas: the day written is the 6th, whatever the day in UTC.
        fullUrl: "https://fhir.example-clinic.org/api/FHIR/R4/Observation/eaO1.pain.2",
        resource: {
          resourceType: "Observation",
          id: "eaO1.pain.2",
          identifier: [{ system: "urn:oid:1.2.840.114350.1.13.0.1.7.2.707679", value: "1234567-2" }],
          status: "amended",
          category: [
            {
              coding: [
                { system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "survey" },
              ],
            },
          ],
          code: PAIN_CODE,
          subject: { reference: patient },
          effectiveDateTime: "2026-10-06T21:45:00-05:00",
          valueQuantity: score(4),
        },
        search: { mode: "match" },
      },
      {
        fullUrl: "https://fhir.example-clinic.org/api/FHIR/R4/Observation/eaO1.pain.3",
        resource: {
          resourceType: "Observation",
          id: "eaO1.pain.3",
          status: "entered-in-error",
          code: PAIN_CODE,
          subject: { reference: patient },
          effectiveDateTime: "2026-10-07T09:00:00+02:00",
          valueQuantity: score(9),
        },
        search: { mode: "match" },
      },
      {
        fullUrl: "https://fhir.example-clinic.org/api/FHIR/R4/Observation/eaO1.hr.1",
        resource: {
          resourceType: "Observation",
          id: "eaO1.hr.1",
          status: "final",
          category: [
            {
              coding: [
                { system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "vital-signs" },
              ],
            },
          ],
          code: { coding: [{ system: "http://loinc.org", code: "8867-4", display: "Heart rate" }] },
          subject: { reference: patient },
          effectiveDateTime: "2026-10-05T14:28:00Z",
          valueQuantity: { value: 64, unit: "/min", system: "http://unitsofmeasure.org", code: "/min" },
        },
        search: { mode: "match" },
      },
      {
        fullUrl: "https://fhir.example-clinic.org/api/FHIR/R4/Encounter/eXlR3",
        resource: {
          resourceType: "Encounter",
          id: "eXlR3",
          status: "finished",
          class: { system: "http://terminology.hl7.org/CodeSystem/v3-ActCode", code: "AMB" },
          subject: { reference: patient },
        },
        search: { mode: "include" },
      },
    ],
  };
}

/** A generated record loaded into a test server: pain as a vital sign over a period, a condition, an impossible score. */
export function generatedTransactionBundle(): Record<string, unknown> {
  const patientUrl = "urn:uuid:6f3b9d2e-8c41-4f0a-9b7e-2a5d1c0e4f11";
  const vital = [
    {
      coding: [
        {
          system: "http://terminology.hl7.org/CodeSystem/observation-category",
          code: "vital-signs",
          display: "vital-signs",
        },
      ],
    },
  ];
  const put = (type: string, id: string) => ({ method: "PUT", url: `${type}/${id}` });
  return {
    resourceType: "Bundle",
    type: "transaction",
    entry: [
      {
        fullUrl: patientUrl,
        resource: {
          resourceType: "Patient",
          id: "6f3b9d2e-8c41-4f0a-9b7e-2a5d1c0e4f11",
          name: [{ use: "official", family: "Nguyễn", given: ["Łucja"] }],
          gender: "female",
        },
        request: put("Patient", "6f3b9d2e-8c41-4f0a-9b7e-2a5d1c0e4f11"),
      },
      {
        fullUrl: "urn:uuid:0b7c1f52-3d7e-4a8b-8f21-9e6a4c2d1b01",
        resource: {
          resourceType: "Condition",
          id: "0b7c1f52-3d7e-4a8b-8f21-9e6a4c2d1b01",
          clinicalStatus: {
            coding: [{ system: "http://terminology.hl7.org/CodeSystem/condition-clinical", code: "active" }],
          },
          code: { coding: [{ system: "http://snomed.info/sct", code: "38341003" }], text: "Hypertension" },
          subject: { reference: patientUrl },
        },
        request: put("Condition", "0b7c1f52-3d7e-4a8b-8f21-9e6a4c2d1b01"),
      },
      {
        fullUrl: "urn:uuid:5a2e8d11-7c3f-4b6a-a1d9-3f0b2c7e8d21",
        resource: {
          resourceType: "Observation",
          id: "5a2e8d11-7c3f-4b6a-a1d9-3f0b2c7e8d21",
          meta: { profile: ["http://hl7.org/fhir/StructureDefinition/vitalsigns"] },
          status: "final",
          category: vital,
          code: PAIN_CODE,
          subject: { reference: patientUrl },
          effectivePeriod: { start: "2026-09-14T08:02:11+02:00", end: "2026-09-14T08:17:11+02:00" },
          issued: "2026-09-14T08:02:11.442+02:00",
          valueQuantity: score(3),
        },
        request: put("Observation", "5a2e8d11-7c3f-4b6a-a1d9-3f0b2c7e8d21"),
      },
      {
        fullUrl: "urn:uuid:9c4d6e21-2b8a-4f3c-b7d1-6e0a5f9c3b31",
        resource: {
          resourceType: "Observation",
          id: "9c4d6e21-2b8a-4f3c-b7d1-6e0a5f9c3b31",
          status: "final",
          category: vital,
          code: PAIN_CODE,
          subject: { reference: patientUrl },
          effectiveDateTime: "2026-09-21T08:05:00+02:00",
          valueQuantity: score(12),
        },
        request: put("Observation", "9c4d6e21-2b8a-4f3c-b7d1-6e0a5f9c3b31"),
      },
    ],
  };
}
