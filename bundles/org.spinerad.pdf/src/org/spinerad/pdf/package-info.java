/**
 * The PDF of a signed report: its HTML rendering laid out on A4 pages with the
 * institution, patient and accession on every page, page numbers, the status
 * banner and the signature block, fonts embedded (PDF/A-2b).
 */
package org.spinerad.pdf;
