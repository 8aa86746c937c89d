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
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
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
 * The fields of the study and clinical header, one to three label/field pairs
 * a row in the order a radiologist reads a requisition: identity, order, clinical
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
	/** Smallest width of a free-text field; the text fields share what their row leaves, so the header never scrolls. */
	private static final int FIELD_WIDTH = 60;
	/** The widest values of the short fields: a field is never narrower than its value. */
	private static final String DATE = "0000-00-00", DATE_TIME = "0000-00-00 00:00",
			NUMBER = "0000";

	private final Composite grid;
	/** The row being filled while the fields are built. */
	private Composite row;
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

		row(3);
		text("Name *", patient, P.getPatient_Name(), "patient.name", null).setMessage("Family, Given");
		text("Patient ID *", patient, P.getPatient_PatientId(), "patient.id", null);
		combo("Sex *", patient, P.getPatient_Sex(), "patient.sex");

		row(3);
		text("Born *", patient, P.getPatient_BirthDate(), "patient.birthDate", DATE).setMessage("2024-09-12");
		text("Age (y)", patient, P.getPatient_AgeYears(), "patient.age", NUMBER)
				.setToolTipText("Age in years at the study, when the birth date is not known (Born or Age is required)");
		combo("Priority", study, P.getStudy_Priority(), "study.priority");

		row(2);
		text("Accession *", study, P.getStudy_AccessionNumber(), "study.accession", null);
		combo("Exam *", exam, P.getExam_RegionImaged(), "exam.region");
		row(1);
		text("Comparison", exam, P.getExam_ComparisonDate(), "exam.comparisonDate", DATE_TIME).setMessage("date");

		row(1);
		text("Indication *", study, P.getStudy_ClinicalIndication(), "study.indication", null, 3)
				.setMessage("Clinical question and relevant history");

		row(1);
		combo("Pain", clinical, P.getClinicalContext_Pain(), "clinical.pain");
		row(2);
		text("Primary", clinical, P.getClinicalContext_KnownPrimaryCancer(), "clinical.primary", null)
				.setMessage("known primary cancer (none known)");
		// unknown (not assessable) says something, unlike not documented; as wide as its longest value
		combo("Neuro", clinical, P.getClinicalContext_NeurologicalStatus(), "clinical.neurologicalStatus");

		row(3);
		combo("Contrast", contrast, P.getContrastAdministration_Agent(), "contrast.agent");
		text("Dose", contrast, P.getContrastAdministration_DoseMmolPerKg(), "contrast.dose", NUMBER).setMessage("mmol/kg");
		text("Volume", contrast, P.getContrastAdministration_VolumeMl(), "contrast.volume", NUMBER).setMessage("mL");

		row(2);
		Text delay = text("Delay", contrast, P.getContrastAdministration_MinutesAfterInjection(), "contrast.minutes",
				NUMBER);
		delay.setMessage("min");
		delay.setToolTipText("Minutes from injection to the first post-contrast sequence");
		Button available = binder.check(WidgetIds.tag(new Button(row, SWT.CHECK), ID + ".exam.comparisonAvailable"),
				exam, P.getExam_ComparisonAvailable());
		available.setText("Comparison");
		available.setToolTipText("A comparison study was available");
		Text comparison = text(null, exam, P.getExam_ComparisonDescription(), "exam.comparison", null, 2);
		comparison.setMessage("Comparison study");

		row(2);
		text("Surgery", surgery, P.getPriorSurgery_Procedure(), "surgery.procedure", null, 2)
				.setMessage("prior spine surgery (none)");
		text("Date", surgery, P.getPriorSurgery_Date(), "surgery.date", DATE).setMessage("2024-09-12");
		alignFirstLabels();
	}

	/** The first labels of the rows share one width, so the rows' first fields start at one edge. */
	private void alignFirstLabels() {
		int widest = 0;
		for (Control r : grid.getChildren()) {
			if (((Composite) r).getChildren()[0] instanceof Label label) {
				widest = Math.max(widest, label.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
			}
		}
		for (Control r : grid.getChildren()) {
			if (((Composite) r).getChildren()[0] instanceof Label label) {
				GridDataFactory.swtDefaults().hint(widest, SWT.DEFAULT).applyTo(label);
			}
		}
	}

	/**
	 * Starts a row of label/field pairs. Each row lays out its own columns: a
	 * pick list is as wide as its longest value, a date or a number as wide as
	 * it needs, and the free-text fields share the rest, so nothing is cut off in
	 * the Report column at 1280 px. The rows are in reading order and so is Tab.
	 */
	private void row(int pairs) {
		row = new Composite(grid, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2 * pairs).spacing(6, 3).applyTo(row);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
	}

	/** @return the part itself when present, else a new one that enters the report with its first edit */
	private <T extends EObject> T part(EObject container, EReference reference, T present, T detached) {
		T part = present != null ? present : detached;
		return binder.attachOnEdit(container, reference, part);
	}

	/**
	 * @param sample the widest value the field takes (it is never narrower); {@code null} for free text that
	 *               takes what its row leaves
	 */
	private Text text(String label, EObject owner, EAttribute feature, String id, String sample) {
		return text(label, owner, feature, id, sample, 1);
	}

	private Text text(String label, EObject owner, EAttribute feature, String id, String sample, int lines) {
		if (label != null) {
			label(label, feature);
		}
		int style = lines > 1 ? SWT.BORDER | SWT.MULTI | SWT.WRAP : SWT.BORDER;
		Text text = binder.text(WidgetIds.tag(new Text(row, style), ID + "." + id), owner, feature);
		first(owner, text);
		int width = sample == null ? FIELD_WIDTH : text.computeTrim(0, 0, extent(text, sample), 0).width;
		GridDataFactory.fillDefaults().grab(sample == null, false).hint(width, SWT.DEFAULT)
				.minSize(width, SWT.DEFAULT).applyTo(text);
		if (lines > 1) {
			wrap(text, lines);
		}
		return text;
	}

	private Combo combo(String label, EObject owner, EAttribute feature, String id) {
		label(label, feature);
		EEnum type = (EEnum) feature.getEAttributeType();
		List<String> literals = type.getELiterals().stream().map(EEnumLiteral::getLiteral).toList();
		Combo combo = binder.combo(WidgetIds.tag(new Combo(row, SWT.READ_ONLY), ID + "." + id), owner, feature,
				literals);
		first(owner, combo);
		// as wide as its longest value (plus the arrow), never the share of a column
		int width = PickLists.width(combo);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).hint(width, SWT.DEFAULT).applyTo(combo);
		return combo;
	}

	/**
	 * A free-text field wraps its value over some lines, so a long clinical
	 * question is read whole; Tab still goes to the next field and the text
	 * stays one paragraph.
	 */
	private static void wrap(Text text, int lines) {
		int padding = text.computeSize(SWT.DEFAULT, SWT.DEFAULT).y - text.getLineHeight();
		((org.eclipse.swt.layout.GridData) text.getLayoutData()).heightHint = lines * text.getLineHeight() + padding;
		text.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				e.doit = true;
			} else if (e.detail == SWT.TRAVERSE_RETURN) {
				e.detail = SWT.TRAVERSE_NONE; // one paragraph: Return adds no line break, as in a one-line field
				e.doit = true;
			}
		});
		text.addListener(SWT.Verify, e -> e.text = e.text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '));
	}

	private static int extent(Control control, String text) {
		GC gc = new GC(control);
		try {
			gc.setFont(control.getFont());
			return gc.textExtent(text).x;
		} finally {
			gc.dispose();
		}
	}

	private void label(String text, EAttribute feature) {
		Label label = new Label(row, SWT.NONE);
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
		return Arrays.stream(grid.getChildren()).filter(Composite.class::isInstance)
				.flatMap(r -> Arrays.stream(((Composite) r).getChildren())).filter(c -> !(c instanceof Label)).toList();
	}
}
