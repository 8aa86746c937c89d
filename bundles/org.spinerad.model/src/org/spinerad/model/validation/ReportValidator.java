package org.spinerad.model.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.spinerad.model.ClinicalContext;
import org.spinerad.model.ContrastAdministration;
import org.spinerad.model.CriticalCommunication;
import org.spinerad.model.Enhancement;
import org.spinerad.model.Exam;
import org.spinerad.model.Finding;
import org.spinerad.model.ImpressionItem;
import org.spinerad.model.Located;
import org.spinerad.model.Measured;
import org.spinerad.model.NormalRange;
import org.spinerad.model.Region;
import org.spinerad.model.Report;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.Sequence;

/**
 * The clinical rules of a report, as an EMF {@link org.eclipse.emf.ecore.EValidator}:
 * EMF's basic constraints first, then ours. This class only dispatches each
 * object to its rules, one method per rule in {@link ReportRules},
 * {@link FindingRules}, {@link ValueRules}, {@link ExamRules} and
 * {@link ImpressionRules}. Every diagnostic carries the object and the
 * feature it concerns as its data, and a message that says what to do.
 */
public class ReportValidator extends EObjectValidator {

	/** Largest plausible diameter of a spinal lesion or collection in mm. */
	static final double MAX_DIAMETER_MM = 300;
	/** Largest plausible epidural thickness in mm. */
	static final double MAX_EPIDURAL_THICKNESS_MM = 40;
	/** Allowed relative deviation of the injected volume from dose x weight / concentration. */
	static final double DOSE_TOLERANCE = 0.10;

	@Override
	protected EPackage getEPackage() {
		return ReportPackage.eINSTANCE;
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean ok = super.validate(eClass, object, diagnostics, context);
		Checker check = new Checker(diagnostics, Validation.phase(context));
		if (object instanceof Report report) {
			ReportRules.all(report, check);
		} else if (object instanceof Region region) {
			FindingRules.regionFindingTypes(region, check);
			FindingRules.regionNormalExclusive(region, check);
		} else if (object instanceof Exam exam) {
			ExamRules.exam(exam, check);
		} else if (object instanceof ContrastAdministration contrast) {
			ExamRules.all(contrast, check);
		} else if (object instanceof Sequence sequence) {
			ExamRules.sequence(sequence, check);
		} else if (object instanceof Enhancement enhancement) {
			FindingRules.enhancementAbsentDetails(enhancement, check);
			FindingRules.enhancementRimCenter(enhancement, check);
		} else if (object instanceof ImpressionItem item) {
			ImpressionRules.impressionItem(item, check);
		} else if (object instanceof CriticalCommunication record) {
			ImpressionRules.communication(record, check);
		} else if (object instanceof NormalRange range) {
			ObservationRules.normalRange(range, check);
		} else if (object instanceof ClinicalContext clinical) {
			ObservationRules.neurologicalStatus(clinical, check);
		}
		ObservationRules.transitionalDisc(object, check);
		if (object instanceof Located located) {
			FindingRules.levels(located, check);
		}
		if (object instanceof Measured measured) {
			ValueRules.measurements(measured, check);
		}
		if (object instanceof Finding finding) {
			FindingRules.all(finding, check);
			ObservationRules.nerveRoot(finding, check);
			ObservationRules.delayedEnhancement(finding, check);
		}
		return ok && !check.failed();
	}
}
