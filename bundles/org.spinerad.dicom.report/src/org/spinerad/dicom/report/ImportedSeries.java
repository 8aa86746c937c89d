package org.spinerad.dicom.report;

import java.time.LocalDateTime;
import java.util.List;

import org.spinerad.model.Plane;
import org.spinerad.model.Weighting;

/**
 * One series of an imported study.
 *
 * @param seriesInstanceUid Series Instance UID
 * @param seriesNumber      Series Number, or null
 * @param modality          Modality, e.g. MR
 * @param description       Series Description, else Protocol Name, or null
 * @param bodyPart          Body Part Examined, or null
 * @param fieldStrengthTesla Magnetic Field Strength, or null
 * @param contrastAgent     Contrast/Bolus Agent, or null
 * @param postContrast      acquired after contrast (Contrast/Bolus Agent set,
 *                          or "post" in the description; "pre" wins)
 * @param plane             from Image Orientation (Patient), else the description
 * @param weighting         from the description (T1, T2, STIR, DWI), else OTHER
 * @param fatSuppressed     fat suppression named in description or Scan Options
 * @param acquired          earliest acquisition (else series) date and time, or null
 * @param instances         number of instances imported
 * @param sopInstances      the instances with SOP Class and SOP Instance UID,
 *                          in file order (empty when not known)
 */
public record ImportedSeries(String seriesInstanceUid, Integer seriesNumber, String modality, String description,
		String bodyPart, Double fieldStrengthTesla, String contrastAgent, boolean postContrast, Plane plane,
		Weighting weighting, boolean fatSuppressed, LocalDateTime acquired, int instances,
		List<ImportedInstance> sopInstances) {

	/** A series without instance references. */
	public ImportedSeries(String seriesInstanceUid, Integer seriesNumber, String modality, String description,
			String bodyPart, Double fieldStrengthTesla, String contrastAgent, boolean postContrast, Plane plane,
			Weighting weighting, boolean fatSuppressed, LocalDateTime acquired, int instances) {
		this(seriesInstanceUid, seriesNumber, modality, description, bodyPart, fieldStrengthTesla, contrastAgent,
				postContrast, plane, weighting, fatSuppressed, acquired, instances, List.of());
	}
}
