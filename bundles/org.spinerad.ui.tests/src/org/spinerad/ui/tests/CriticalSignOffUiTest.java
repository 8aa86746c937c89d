package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spinerad.model.CommunicationMethod;
import org.spinerad.model.CriticalCommunication;
import org.spinerad.model.DecisionOverride;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.edit.Formats;
import org.spinerad.model.query.Reports;
import org.spinerad.samples.SampleCases;
import org.spinerad.store.Actor;
import org.spinerad.store.Revision;
import org.spinerad.templates.OutputFormat;
import org.spinerad.templates.TemplateService;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.WidgetIds;
import org.spinerad.ui.internal.dialogs.SignOff;
import org.spinerad.ui.internal.dialogs.UiPreferences;
import org.spinerad.ui.parts.ReportPart;
import org.spinerad.ui.session.ReportSession;

/**
 * Critical results at sign-off, in the running workstation: a critical case
 * whose critical flags were cleared is not signed without a communication
 * record; the record form names the patient, asks for recipient, method, date
 * and time, read-back and category, and once filled in by keyboard the report
 * signs with the record stored and printed. A category 3 result signs with an
 * explicit routine choice; an override needs a reason, which is recorded.
 */
class CriticalSignOffUiTest {

	private static final Duration WAIT = Duration.ofSeconds(20);
	private static final String FORM = "org.spinerad.ui.signoff.communication.";
	private static final Duration KEYS = Duration.ofSeconds(5);
	private static final String SIGNER = "Dr. Critical Test";
	private final Ui ui = Ui.of(Display.getCurrent());
	private final List<String> created = new ArrayList<>();
	private String userName;
	private Throwable failure;

	private ReportSession session() {
		return Workbench.service(ReportSession.class);
	}

	/** Stores a copy of a sample under a new id, without critical flags or communication records, and opens it. */
	private Report open(String sample, String id) throws Exception {
		userName = UiPreferences.get(UiPreferences.USER_NAME);
		UiPreferences.put(Map.of(UiPreferences.USER_NAME, SIGNER));
		Report copy = SampleCases.load(sample);
		copy.setId(id);
		Reports.findings(copy).forEach(f -> f.setCritical(false));
		copy.getImpression().forEach(i -> i.setCritical(false));
		copy.getCommunications().clear();
		copy.getOverrides().clear();
		session().close();
		if (session().store().revision(id) != null) {
			session().store().delete(id);
		}
		session().store().save(copy, Revision.NEW, new Actor("Dr Seed", "ws-test"));
		created.add(id);
		ui.activate(ui.shell("Spine MRI Reporting"));
		session().open(id);
		Workbench.showReport();
		ui.flush();
		return session().report().orElseThrow();
	}

	@AfterEach
	void cleanUp() throws Exception {
		session().close();
		for (String id : created) { // signed reports stay, as in a real store; drafts go
			if (!Reports.isSigned(session().store().load(id))) {
				session().store().delete(id);
			}
		}
		UiPreferences.put(Map.of(UiPreferences.USER_NAME, userName == null ? "" : userName));
		ui.activate(ui.shell("Spine MRI Reporting")); // no window manager: the closed dialogs leave no active window
	}

	/** Ctrl+Shift+S with the keyboard in the report editor. */
	private void signOff() {
		inEditor('s', SWT.MOD1 | SWT.SHIFT);
		if (failure != null) {
			throw new AssertionError("filling in the communication form failed", failure);
		}
	}

	@Test
	void aCriticalCaseIsRefusedWithoutARecordAndSignsWithOneFilledInByKeyboard() throws Exception {
		Report report = open("INF-01", "signoff-INF-01");
		String patientId = report.getPatient().getPatientId();
		String patientName = Formats.personName(report.getPatient().getName());

		// without a record nothing is signed: the form asks, and Cancel leaves the report a draft
		StringBuilder asked = new StringBuilder();
		List<String> fields = new ArrayList<>();
		boolean[] okDisabled = new boolean[1];
		onDialog(FORM + "recipient", shell -> {
			ui.all(shell, Label.class).forEach(l -> asked.append(l.getText()).append('\n'));
			for (String field : List.of("recipient", "method", "datetime", "readback", "category")) {
				if (byId(shell, FORM + field) != null) {
					fields.add(field);
				}
			}
			okDisabled[0] = !((Button) byId(shell, FORM + "ok")).isEnabled();
			shell.close();
		});
		signOff();
		ui.waitUntil("the communication form", WAIT, () -> asked.length() > 0);
		assertEquals(List.of("recipient", "method", "datetime", "readback", "category"), fields);
		assertTrue(okDisabled[0], "no record without a recipient");
		assertTrue(asked.toString().contains(patientId), "names the patient ID: " + asked);
		assertTrue(asked.toString().contains(patientName), "names the patient: " + asked);
		assertTrue(asked.toString().contains("ACR category 1"), asked.toString());
		assertTrue(asked.toString().contains("Enter who received the result"), asked.toString());
		assertEquals(ReportStatus.DRAFT, report.getStatus(), "not signed without a record");
		assertTrue(report.getCommunications().isEmpty());

		// filled in by keyboard: recipient, date and time, read-back; Enter records and the report signs
		String[] beforeReadBack = new String[1];
		String[] categories = new String[1];
		onDialog(FORM + "recipient", shell -> {
			Text recipient = (Text) byId(shell, FORM + "recipient");
			ui.type(recipient, "Dr. Ward, on-call neurosurgeon");
			Text when = (Text) byId(shell, FORM + "datetime");
			ui.focus(when);
			ui.waitUntil("the prefilled time selected on entering the field", KEYS,
					() -> when.getSelectionCount() == when.getText().length());
			ui.type(when, "2026-11-29 06:40");
			if (!when.getText().equals("2026-11-29 06:40")) {
				throw new AssertionError("typing replaces the prefilled time: " + when.getText());
			}
			Label problem = (Label) byId(shell, FORM + "problem");
			ui.waitUntil("the form to ask for the read-back once recipient and time are in", KEYS,
					() -> problem.getText().contains("read back"));
			beforeReadBack[0] = problem.getText();
			Combo category = (Combo) byId(shell, FORM + "category");
			categories[0] = String.join("|", category.getItems());
			Button readBack = (Button) byId(shell, FORM + "readback");
			ui.focus(readBack);
			ui.press(' ', 0);
			ui.waitUntil("the space key to tick the read-back box", KEYS, readBack::getSelection);
			ui.focus(recipient);
			ui.press(SWT.CR, 0);
			ui.waitUntil("Enter to record and close the form", KEYS, shell::isDisposed);
		});
		Workbench.answerDialog(ui, "Sign report", "Sign final");
		signOff();
		waitSigned();
		assertTrue(beforeReadBack[0].contains("read back"), "read-back is demanded: " + beforeReadBack[0]);
		assertEquals("1: within minutes, person to person", categories[0]);

		Report stored = session().store().load("signoff-INF-01");
		assertEquals(1, stored.getCommunications().size());
		CriticalCommunication record = stored.getCommunications().get(0);
		assertEquals("Dr. Ward, on-call neurosurgeon", record.getRecipientName());
		assertEquals(CommunicationMethod.PHONE, record.getMethod());
		assertTrue(record.isReadBackConfirmed());
		assertEquals(Integer.valueOf(1), record.getAcrCategory());
		assertEquals(SIGNER, record.getCommunicatedBy());
		assertEquals("2026-11-29T06:40:00Z", record.getDateTime().toInstant().toString(), "the time typed, not now");
		assertFalse(record.getFindings().isEmpty(), "the record names the findings it covers");
		String text = printed(stored);
		assertTrue(text.contains("Dr. Ward, on-call neurosurgeon"), text);
	}

	@Test
	void aCategoryThreeResultSignsWithAnExplicitRoutineChoice() throws Exception {
		open("TUM-01", "signoff-TUM-01");
		StringBuilder asked = Workbench.answer(ui, SignOff.TITLE, "Routine", shell -> {
		});
		Workbench.answerDialog(ui, "Sign report", "Sign final");
		signOff();
		waitSigned();
		assertTrue(asked.toString().contains("ACR category 2\u20133"), asked.toString());
		Report stored = session().store().load("signoff-TUM-01");
		assertEquals(1, stored.getCommunications().size());
		assertTrue(stored.getCommunications().get(0).isRoutine());
		assertEquals(Integer.valueOf(3), stored.getCommunications().get(0).getAcrCategory());
		String text = printed(stored);
		assertTrue(text.contains("Routine communication (ACR category 3)"), text);
	}

	@Test
	void overridingACriticalResultNeedsAReasonThatIsRecorded() throws Exception {
		open("INF-01", "signoff-override-INF-01");
		Workbench.answerDialog(ui, SignOff.TITLE, "Override...");
		boolean[] blankRefused = new boolean[1];
		String reason = "Known abscess, drained yesterday; team aware";
		Workbench.answer(ui, SignOff.OVERRIDE_TITLE, "OK", shell -> {
			Button ok = ui.all(shell, Button.class).stream().filter(b -> b.getText().equals("OK")).findFirst()
					.orElseThrow();
			blankRefused[0] = !ok.isEnabled();
			ui.type(ui.all(shell, Text.class).get(0), reason);
		});
		Workbench.answerDialog(ui, "Sign report", "Sign final");
		signOff();
		waitSigned();
		assertTrue(blankRefused[0], "no override without a reason");
		Report stored = session().store().load("signoff-override-INF-01");
		assertTrue(stored.getCommunications().isEmpty());
		assertFalse(stored.getOverrides().isEmpty());
		for (DecisionOverride o : stored.getOverrides()) {
			assertEquals(reason, o.getReason());
			assertEquals(SIGNER, o.getAuthor());
		}
		String text = printed(stored);
		assertTrue(text.contains("reason: " + reason), text);
	}

	@Test
	void aCommunicationRequiredButNotDoneIsNotedAndKeepsTheReportADraft() throws Exception {
		Report report = open("INF-01", "signoff-pending-INF-01");
		String[] offered = new String[1];
		onDialog(FORM + "pending", shell -> {
			Button pending = (Button) byId(shell, FORM + "pending");
			offered[0] = pending.getText();
			ui.flush();
			try {
				ui.screenshot(shell, Screenshots.file("signoff-communication-pending"));
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
			ui.focus(pending);
			ui.press(' ', 0);
			ui.waitUntil("Space on the button to note the communication and close the form", KEYS, shell::isDisposed);
		});
		signOff();
		ui.waitUntil("the note of a required communication", WAIT,
				() -> !report.getCommunications().isEmpty() || failure != null);
		if (failure != null) {
			throw new AssertionError("noting the communication failed", failure);
		}
		assertEquals("Communication required, &not yet done", offered[0]);
		CriticalCommunication note = report.getCommunications().get(0);
		assertTrue(note.isPending());
		assertEquals(Integer.valueOf(1), note.getAcrCategory());
		assertFalse(note.getFindings().isEmpty(), "the note names the findings to communicate");
		assertEquals(ReportStatus.DRAFT, report.getStatus(), "not signed while the communication is not done");
		assertTrue(printed(report).contains("Communication required (ACR category 1), not yet done."), printed(report));

		// the next sign-off asks to complete the note
		String[] asked = new String[1];
		onDialog(FORM + "recipient", shell -> {
			asked[0] = ((Label) byId(shell, FORM + "results")).getText();
			shell.close();
		});
		signOff();
		ui.waitUntil("the form to complete the note", WAIT, () -> asked[0] != null || failure != null);
		assertTrue(asked[0].contains("Noted earlier: communication required, not yet done (ACR category 1)"), asked[0]);

		// undone like any edit
		inEditor('z', SWT.MOD1);
		ui.waitUntil("Ctrl+Z to take the note back", WAIT, () -> report.getCommunications().isEmpty());
		assertFalse(printed(report).contains("Communication required"), printed(report));
	}

	/**
	 * Presses a key with the caret in a field of the report editor that can
	 * take it (a collapsed header's fields cannot); focusing it activates the
	 * window again, which the dialogs of the step before left without an active
	 * window under Xvfb.
	 */
	private void inEditor(int key, int modifiers) {
		Composite editor = (Composite) Workbench.part(ReportPart.ID).getWidget();
		Control target = ui.all(editor, Text.class).stream().filter(t -> t.isEnabled() && t.isVisible()).findFirst()
				.map(Control.class::cast).orElse(editor);
		ui.focus(target);
		ui.press(key, modifiers);
	}

	private void waitSigned() {
		ui.waitUntil("the report signed and saved", WAIT, () -> failure == null && session().report()
				.map(r -> r.getStatus() == ReportStatus.FINAL).orElse(false) && !session().isDirty()
				|| failure != null);
		if (failure != null) {
			throw new AssertionError("filling in the communication form failed", failure);
		}
	}

	private String printed(Report report) throws Exception {
		var template = session().templates().find(report.getTemplateId()).orElseThrow();
		return Workbench.service(TemplateService.class).render(report, template, OutputFormat.TEXT).text();
	}

	private Widget byId(Shell shell, String id) {
		return ui.all(shell, Widget.class).stream().filter(w -> id.equals(w.getData(WidgetIds.KEY))).findFirst()
				.orElse(null);
	}

	/** When a dialog holding a widget with this id opens (in its own event loop), runs the action once. */
	private void onDialog(String id, Consumer<Shell> action) {
		Display display = ui.display();
		Runnable[] poll = new Runnable[1];
		long deadline = System.currentTimeMillis() + WAIT.toMillis();
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (shell.isVisible() && byId(shell, id) != null) {
					try {
						action.accept(shell);
					} catch (Throwable t) { // never leave the dialog open: the test would wait in its event loop
						failure = t;
						if (!shell.isDisposed()) {
							shell.close();
						}
					}
					return;
				}
			}
			if (System.currentTimeMillis() < deadline) {
				display.timerExec(100, poll[0]);
			}
		};
		display.timerExec(100, poll[0]);
	}
}
