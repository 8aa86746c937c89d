package org.spinerad.ris.internal.orders;

import java.time.LocalDate;

import org.spinerad.model.Sex;

/**
 * One order or demographics update from the RIS, as read from an HL7 v2
 * message. Values the message does not give are null.
 *
 * @param action            what the RIS asks for
 * @param patientName       the name in DICOM form {@code FAMILY^GIVEN^MIDDLE^PREFIX^SUFFIX}
 * @param patientId         the medical record number (PID-3)
 * @param sex               PID-8
 * @param birthDate         PID-7 (the date only)
 * @param accessionNumber   the accession number of the study
 * @param procedureCode     OBR-4.1
 * @param procedureText     OBR-4.2, else the code
 * @param reasonForStudy    OBR-31 (the clinical indication)
 * @param priority          from the timing (TQ1-9 or OBR-27.6 / ORC-7.6)
 * @param referringPhysician PV1-8, else ORC-12, else OBR-16, as one line ("Dr Anna Meier")
 */
public record Order(Action action, String patientName, String patientId, Sex sex, LocalDate birthDate,
		String accessionNumber, String procedureCode, String procedureText, String reasonForStudy, Priority priority,
		String referringPhysician) {

	/** What a message asks for. */
	public enum Action {
		/** A new order (ORC-1 NW) or a changed one (XO): the study is to be reported. */
		NEW,
		/** The order is cancelled or discontinued (ORC-1 CA, OC, DC). */
		CANCEL,
		/** The patient's demographics changed (ADT^A08). */
		UPDATE_PATIENT
	}

	/**
	 * The priority of an order, recorded as the study's priority of the
	 * worklist entry.
	 */
	public enum Priority {
		STAT, URGENT, ROUTINE;

		/** @return the priority of an HL7 priority code (S, A, R; P, C, T count as urgent), or null */
		static Priority ofCode(String code) {
			if (code == null) {
				return null;
			}
			return switch (code.strip().toUpperCase(java.util.Locale.ROOT)) {
			case "S", "STAT" -> STAT;
			case "A", "P", "C", "T", "ASAP", "URGENT" -> URGENT;
			case "R", "ROUTINE" -> ROUTINE;
			default -> null;
			};
		}
	}
}
