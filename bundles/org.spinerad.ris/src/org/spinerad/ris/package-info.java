/**
 * Export of signed reports to the RIS as HL7 v2.5.1 ORU^R01 messages over MLLP,
 * through a durable outbox. The UI calls {@link org.spinerad.ris.RisExport}
 * after signing; everything else happens in the background.
 */
package org.spinerad.ris;
