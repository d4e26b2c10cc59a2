/** The living documents a client and their therapist keep together (the server's `kind`). */
export type PlanKind = 'safety-plan' | 'coping-plan';

/** One section of a plan, in display order; the server owns the wording. */
export interface PlanSection {
  key: string;
  title: string;
  prompt: string;
  /** Whether items may carry a phone number (people and services to contact). */
  contactFields: boolean;
}

export interface PlanItem {
  text: string;
  phone: string | null;
}

export type PlanContent = Record<string, PlanItem[]>;

export interface PlanEditor {
  displayName: string;
  role: string;
}

export interface Plan {
  kind: PlanKind;
  version: number;
  updatedAt: string;
  updatedBy: PlanEditor;
  content: PlanContent;
}

export interface PlanAnswer {
  plan: Plan | null;
  sections: PlanSection[];
}

export interface PlanVersion {
  version: number;
  editedAt: string;
  editedBy: PlanEditor;
  content: PlanContent;
}

/** Where one plan is read, saved and its history listed (the client's own, or a client's as staff). */
export interface PlanPaths {
  get: string;
  put: string;
  versions: string;
}

/** The limits the server checks (the contract); the editor keeps inside them. */
export const planLimits = { itemsPerSection: 20, textLength: 300, phoneLength: 40 } as const;
