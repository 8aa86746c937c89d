package org.spinerad.ui.internal.dialogs;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.spinerad.model.CommunicationMethod;
import org.spinerad.model.CriticalCommunication;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.edit.Vocabulary;
import org.spinerad.ui.WidgetIds;
import org.spinerad.ui.internal.editor.ContextHeader;

/**
 * One form for the communication record of a critical result: names the
 * patient and the conclusions, and asks for recipient, method, date and time,
 * read-back and ACR category. OK stays disabled, with the reason shown, until
 * the record is complete. Besides OK, the radiologist may override the
 * conclusions (with a reason, asked next) instead of recording a communication,
 * or note that communication is required in the chosen category but not done
 * yet: the report then stays a draft, and the next sign-off completes that
 * record.
 */
final class CommunicationDialog extends Dialog {

	/** Prefix of the widget ids of this dialog. */
	static final String ID = "org.spinerad.ui.signoff.communication.";
	/** Return code of the Override button. */
	static final int OVERRIDE = IDialogConstants.CLIENT_ID + 1;
	/** Return code of the button that notes the communication as required, not yet done. */
	static final int PENDING = IDialogConstants.CLIENT_ID + 2;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	private static final String[] METHODS = { "Phone", "In person", "Secure message" };

	private final Report report;
	private final String what;
	private final List<Integer> categories;
	private final boolean readBackRequired;
	private final boolean overridable;
	private final CriticalCommunication pending;
	private Text recipient;
	private Combo method;
	private Text dateTime;
	private Button readBack;
	private Combo category;
	private Label problem;
	private CriticalCommunication record;

	/**
	 * @param what        the results to communicate, one per line
	 * @param categories  the ACR categories the radiologist may choose, most urgent first
	 * @param overridable whether an Override button is offered
	 * @param pending     the record of a communication noted as required before, to complete now; or null
	 */
	CommunicationDialog(Shell parent, Report report, String what, List<Integer> categories, boolean overridable,
			CriticalCommunication pending) {
		super(parent);
		this.pending = pending;
		this.report = report;
		this.what = what;
		this.categories = List.copyOf(categories);
		this.readBackRequired = categories.stream().anyMatch(c -> c < 3);
		this.overridable = overridable;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(SignOff.TITLE);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		Label patient = WidgetIds.tag(new Label(area, SWT.WRAP), ID + "patient");
		patient.setText(patient(report));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(560, SWT.DEFAULT).applyTo(patient);
		Label results = WidgetIds.tag(new Label(area, SWT.WRAP), ID + "results");
		results.setText(what + (pending == null ? "" : "\n\n" + pendingNote(pending))
				+ "\n\nDocument the communication of this result:");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(560, SWT.DEFAULT).applyTo(results);

		label(area, "&Recipient (name and role):");
		recipient = WidgetIds.tag(new Text(area, SWT.BORDER), ID + "recipient");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(recipient);
		label(area, "&Method:");
		method = WidgetIds.tag(new Combo(area, SWT.READ_ONLY), ID + "method");
		method.setItems(METHODS);
		method.select(0);
		label(area, "&Date and time (yyyy-MM-dd HH:mm):");
		dateTime = WidgetIds.tag(new Text(area, SWT.BORDER), ID + "datetime");
		dateTime.setText(TIME.format(LocalDateTime.now()));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(dateTime);
		new Label(area, SWT.NONE);
		readBack = WidgetIds.tag(new Button(area, SWT.CHECK), ID + "readback");
		readBack.setText("The recipient read the result &back" + (readBackRequired ? " (required)" : ""));
		label(area, "ACR &category:");
		category = WidgetIds.tag(new Combo(area, SWT.READ_ONLY), ID + "category");
		for (int c : categories) {
			category.add(switch (c) {
			case 1 -> "1: within minutes, person to person";
			case 2 -> "2: within hours";
			default -> "3: within days";
			});
		}
		category.select(pending == null || !categories.contains(pending.getAcrCategory()) ? 0
				: categories.indexOf(pending.getAcrCategory()));
		problem = WidgetIds.tag(new Label(area, SWT.WRAP), ID + "problem");
		// room for two lines, so that no message is cut off when it appears
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(560, convertHeightInCharsToPixels(2))
				.applyTo(problem);

		recipient.addListener(SWT.Modify, e -> validate());
		dateTime.addListener(SWT.Modify, e -> validate());
		// the time is prefilled with now: entering the field selects it, so typing the real time replaces it
		dateTime.addListener(SWT.FocusIn, e -> dateTime.getDisplay().asyncExec(() -> {
			if (!dateTime.isDisposed()) {
				dateTime.selectAll();
			}
		}));
		readBack.addListener(SWT.Selection, e -> validate());
		category.addListener(SWT.Selection, e -> validate());
		return area;
	}

	/**
	 * @return e.g. "Noted earlier: communication required, not yet done (ACR
	 *         category 1). Complete the record now that the result was communicated."
	 */
	static String pendingNote(CriticalCommunication pending) {
		return "Noted earlier: " + Vocabulary.label(ReportPackage.Literals.CRITICAL_COMMUNICATION__PENDING)
				.toLowerCase(java.util.Locale.ROOT)
				+ (pending.getAcrCategory() == null ? "" : " (ACR category " + pending.getAcrCategory() + ")")
				+ ". Complete the record now that the result was communicated.";
	}

	/** @return e.g. "Patient: Doe, Jane  ID 12345  |  Acc A-77", so the result reaches the right chart */
	static String patient(Report report) {
		String header = ContextHeader.header(report, "");
		int template = header.lastIndexOf("  |  Template:");
		return "Patient: " + (template < 0 ? header : header.substring(0, template));
	}

	private static void label(Composite area, String text) {
		new Label(area, SWT.NONE).setText(text);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		WidgetIds.tag(createButton(parent, IDialogConstants.OK_ID, "&Record and continue", true), ID + "ok");
		if (overridable) {
			WidgetIds.tag(createButton(parent, OVERRIDE, "&Override...", false), ID + "override");
		}
		if (pending == null) {
			// "Communication required, &not yet done": the report stays a draft with the category noted
			String label = Vocabulary.label(ReportPackage.Literals.CRITICAL_COMMUNICATION__PENDING);
			int key = label.indexOf("not ");
			String text = key < 0 ? label : label.substring(0, key) + "&" + label.substring(key);
			Button later = createButton(parent, PENDING, text, false);
			later.setToolTipText("Communication is required in the chosen ACR category but not done yet: the report"
					+ " stays a draft and cannot be signed until the record is completed");
			WidgetIds.tag(later, ID + "pending");
		}
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	public void create() {
		super.create();
		validate();
		recipient.setFocus();
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == OVERRIDE) {
			setReturnCode(OVERRIDE);
			close();
		} else if (buttonId == PENDING) {
			record = ReportFactory.eINSTANCE.createCriticalCommunication();
			record.setPending(true);
			record.setAcrCategory(selectedCategory());
			setReturnCode(PENDING);
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	/** Shows what is missing and enables OK only for a complete record. */
	private void validate() {
		String missing = missing();
		problem.setText(missing == null ? "" : missing);
		problem.getParent().layout(true);
		getButton(IDialogConstants.OK_ID).setEnabled(missing == null);
	}

	private String missing() {
		if (recipient.getText().isBlank()) {
			return "Enter who received the result (name and role).";
		}
		Date when = time();
		if (when == null) {
			return "Enter the date and time of the communication as " + TIME.format(LocalDateTime.now()) + ".";
		}
		if (when.after(new Date(System.currentTimeMillis() + 60_000))) {
			return "The communication cannot be in the future: correct the date and time.";
		}
		if (readBackRequired && selectedCategory() < 3 && !readBack.getSelection()) {
			return "Category 1\u20132 results must be read back: tick the read-back box once the recipient did.";
		}
		return null;
	}

	private Date time() {
		try {
			return Date.from(LocalDateTime.parse(dateTime.getText().strip(), TIME).atZone(ZoneId.systemDefault())
					.toInstant());
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	@Override
	protected void okPressed() {
		record = ReportFactory.eINSTANCE.createCriticalCommunication();
		record.setRecipientName(recipient.getText().strip());
		record.setMethod(CommunicationMethod.get(method.getSelectionIndex()));
		record.setDateTime(time());
		record.setReadBackConfirmed(readBack.getSelection());
		record.setAcrCategory(selectedCategory());
		super.okPressed();
	}

	private int selectedCategory() {
		return categories.get(Math.max(0, category.getSelectionIndex()));
	}

	/**
	 * @return the record entered (without its author and findings; after
	 *         {@link #PENDING} only its category, marked pending), or null if none was
	 */
	CriticalCommunication record() {
		return record;
	}
}
