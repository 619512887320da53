/** A timestamp for the record being written. */
export const nowIso = (): string => new Date().toISOString();

/** A fresh id for a record's item. */
export const newId = (): string => {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID needs a secure context; a plain-http preview still gets unique ids.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
};
