/**
 * Export of signed reports as HL7 FHIR R4 resources: a DiagnosticReport with
 * one Observation per finding, the Patient and the ImagingStudy, sent as a
 * transaction Bundle to a FHIR server through a durable queue (the channel
 * {@code fhir} of the distribution service).
 */
package org.spinerad.fhir;
