package org.spinerad.ui.internal.editor;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.spinerad.model.ClinicalContext;
import org.spinerad.model.ContrastAdministration;
import org.spinerad.model.Exam;
import org.spinerad.model.Patient;
import org.spinerad.model.PriorSurgery;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.Study;
import org.spinerad.model.edit.Vocabulary;
import org.spinerad.ui.WidgetIds;

/**
 * The fields of the study and clinical header, three label/field pairs a row
 * in the order a radiologist reads a requisition: identity, order, clinical
 * question, pain and neurological status, contrast, comparison, prior
 * surgery. A part of the report that is absent (no clinical context yet, no
 * prior surgery) is bound detached and enters the report with the first edit
 * of one of its fields, in the same undoable command. Fields marked * are
 * required before the report is signed.
 */
final class HeaderFields {

	/** Prefix of the ids of the header's fields, e.g. {@code org.spinerad.ui.report.header.patient.name}. */
	static final String ID = "org.spinerad.ui.report.header";
	private static final ReportPackage P = ReportPackage.eINSTANCE;
	private static final ReportFactory F = ReportFactory.eINSTANCE;
	/** Smallest width of a field; the fields share what the column leaves, so the header never needs scrolling. */
	private static final int FIELD_WIDTH = 60;

	private final Composite grid;
	private final Binder binder;
	private final Report report;
	/** The parts bound, present or detached; a different part in the report means the fields must be built again. */
	private EObject[] parts;
	/** The first field of each part, to go to when the whole part is missing. */
	private final java.util.Map<EReference, Control> firstOfPart = new java.util.HashMap<>();

	HeaderFields(Composite grid, Binder binder, Report report) {
		this.grid = grid;
		this.binder = binder;
		this.report = report;
	}

	/** @return whether the report's parts are still the ones the fields are bound to */
	boolean current() {
		EObject[] now = actualParts();
		for (int i = 0; i < now.length; i++) {
			if (now[i] != null && now[i] != parts[i]) {
				return false;
			}
		}
		return true;
	}

	private EObject[] actualParts() {
		Exam exam = report.getExam();
		ClinicalContext clinical = report.getClinical();
		return new EObject[] { report.getPatient(), report.getStudy(), clinical, exam,
				exam == null ? null : exam.getContrast(), clinical == null ? null : clinical.getPriorSurgery() };
	}

	void build() {
		Patient patient = part(report, P.getReport_Patient(), report.getPatient(), F.createPatient());
		Study study = part(report, P.getReport_Study(), report.getStudy(), F.createStudy());
		ClinicalContext clinical = part(report, P.getReport_Clinical(), report.getClinical(), F.createClinicalContext());
		Exam exam = part(report, P.getReport_Exam(), report.getExam(), F.createExam());
		ContrastAdministration contrast = part(exam, P.getExam_Contrast(), exam.getContrast(),
				F.createContrastAdministration());
		PriorSurgery surgery = part(clinical, P.getClinicalContext_PriorSurgery(), clinical.getPriorSurgery(),
				F.createPriorSurgery());
		parts = new EObject[] { patient, study, clinical, exam, contrast, surgery };

		text("Name *", patient, P.getPatient_Name(), "patient.name", 1).setMessage("FAMILY^GIVEN");
		text("Patient ID *", patient, P.getPatient_PatientId(), "patient.id", 1);
		combo("Sex *", patient, P.getPatient_Sex(), "patient.sex");

		text("Born *", patient, P.getPatient_BirthDate(), "patient.birthDate", 1).setMessage("2024-09-12");
		text("Age (y)", patient, P.getPatient_AgeYears(), "patient.age", 1)
				.setToolTipText("Age in years at the study, when the birth date is not known (Born or Age is required)");
		combo("Priority", study, P.getStudy_Priority(), "study.priority");

		text("Accession *", study, P.getStudy_AccessionNumber(), "study.accession", 1);
		combo("Exam *", exam, P.getExam_RegionImaged(), "exam.region");
		text("Comparison", exam, P.getExam_ComparisonDate(), "exam.comparisonDate", 1).setMessage("date");

		text("Indication *", study, P.getStudy_ClinicalIndication(), "study.indication", 5)
				.setMessage("Clinical question and relevant history");

		combo("Pain", clinical, P.getClinicalContext_Pain(), "clinical.pain");
		text("Primary", clinical, P.getClinicalContext_KnownPrimaryCancer(), "clinical.primary", 3)
				.setMessage("known primary cancer (none known)");
		// unknown (sedated, not assessable) says something, unlike not documented; as wide as its longest value
		Combo neuro = combo("Neuro", clinical, P.getClinicalContext_NeurologicalStatus(), "clinical.neurologicalStatus");
		GridDataFactory.fillDefaults().span(5, 1).align(SWT.BEGINNING, SWT.CENTER).applyTo(neuro);

		combo("Contrast", contrast, P.getContrastAdministration_Agent(), "contrast.agent");
		text("Dose", contrast, P.getContrastAdministration_DoseMmolPerKg(), "contrast.dose", 1).setMessage("mmol/kg");
		text("Volume", contrast, P.getContrastAdministration_VolumeMl(), "contrast.volume", 1).setMessage("mL");

		Text delay = text("Delay", contrast, P.getContrastAdministration_MinutesAfterInjection(), "contrast.minutes", 1);
		delay.setMessage("min");
		delay.setToolTipText("Minutes from injection to the first post-contrast sequence");
		Button available = binder.check(WidgetIds.tag(new Button(grid, SWT.CHECK), ID + ".exam.comparisonAvailable"),
				exam, P.getExam_ComparisonAvailable());
		available.setText("Comparison");
		available.setToolTipText("A comparison study was available");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(available);
		Text comparison = text(null, exam, P.getExam_ComparisonDescription(), "exam.comparison", 2);
		comparison.setMessage("Comparison study");

		text("Surgery", surgery, P.getPriorSurgery_Procedure(), "surgery.procedure", 3)
				.setMessage("prior spine surgery (none)");
		text("Date", surgery, P.getPriorSurgery_Date(), "surgery.date", 1).setMessage("2024-09-12");
	}

	/** @return the part itself when present, else a new one that enters the report with its first edit */
	private <T extends EObject> T part(EObject container, EReference reference, T present, T detached) {
		T part = present != null ? present : detached;
		return binder.attachOnEdit(container, reference, part);
	}

	private Text text(String label, EObject owner, EAttribute feature, String id, int span) {
		if (label != null) {
			label(label, feature);
		}
		Text text = binder.text(WidgetIds.tag(new Text(grid, SWT.BORDER), ID + "." + id), owner, feature);
		first(owner, text);
		GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(FIELD_WIDTH, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private Combo combo(String label, EObject owner, EAttribute feature, String id) {
		label(label, feature);
		EEnum type = (EEnum) feature.getEAttributeType();
		List<String> literals = type.getELiterals().stream().map(EEnumLiteral::getLiteral).toList();
		Combo combo = binder.combo(WidgetIds.tag(new Combo(grid, SWT.READ_ONLY), ID + "." + id), owner, feature,
				literals);
		first(owner, combo);
		GridDataFactory.fillDefaults().grab(true, false).hint(FIELD_WIDTH, SWT.DEFAULT).applyTo(combo);
		return combo;
	}

	private void label(String text, EAttribute feature) {
		Label label = new Label(grid, SWT.NONE);
		label.setText(text);
		label.setToolTipText(Vocabulary.label(feature) + (text.endsWith("*") ? " (required before signing)" : ""));
	}

	private void first(EObject owner, Control control) {
		if (owner.eContainingFeature() instanceof EReference reference) {
			firstOfPart.putIfAbsent(reference, control);
		} else {
			firstOfPart.putIfAbsent(partReference(owner), control);
		}
	}

	private EReference partReference(EObject owner) {
		for (int i = 0; i < parts.length; i++) {
			if (parts[i] == owner) {
				return PART_REFERENCES.get(i);
			}
		}
		return null;
	}

	private static final List<EReference> PART_REFERENCES = List.of(P.getReport_Patient(), P.getReport_Study(),
			P.getReport_Clinical(), P.getReport_Exam(), P.getExam_Contrast(), P.getClinicalContext_PriorSurgery());

	/** @return the first field of a part of the report (e.g. the patient's name for {@code patient}) */
	Control firstOf(EStructuralFeature part) {
		return firstOfPart.get(part);
	}

	/** @return the header's controls in tab order */
	List<Control> controls() {
		return Arrays.stream(grid.getChildren()).filter(c -> !(c instanceof Label)).toList();
	}
}
