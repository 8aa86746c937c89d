package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spinerad.model.Report;
import org.spinerad.samples.SampleCases;
import org.spinerad.store.Actor;
import org.spinerad.store.AuditEntry;
import org.spinerad.store.Revision;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.internal.dialogs.UiPreferences;
import org.spinerad.ui.internal.handlers.TakeOverHandler;
import org.spinerad.ui.parts.ReportPart;
import org.spinerad.ui.session.ReportSession;

/**
 * A report claimed by another workstation opens read-only; an admin takes the
 * claim over with Ctrl+Shift+T and a reason, which the audit trail records.
 * Radiologists cannot.
 */
class ClaimTakeOverTest {

	private static final Duration WAIT = Duration.ofSeconds(20);
	private static final String ID = "takeover-TUM-03";
	private static final String COMMAND = "org.spinerad.ui.command.takeover";
	private final Ui ui = Ui.of(Display.getCurrent());
	private String userName;
	private String role;

	private ReportSession session() {
		return Workbench.service(ReportSession.class);
	}

	@AfterEach
	void cleanUp() throws Exception {
		session().close();
		session().store().release(ID, new Actor("Dr Away", "ws-9"));
		session().store().delete(ID);
		UiPreferences.put(Map.of(UiPreferences.USER_NAME, userName == null ? "" : userName, UiPreferences.ROLE,
				role == null ? "radiologist" : role));
		Shell window = ui.shell("Spine MRI Reporting");
		window.forceActive(); // no window manager: the closed dialog leaves no window with the keyboard
		ui.flush();
	}

	private boolean canTakeOver() {
		var command = Workbench.service(ECommandService.class).createCommand(COMMAND, Map.of());
		return Workbench.service(EHandlerService.class).canExecute(command);
	}

	@Test
	void anAdminTakesOverTheClaimWithAReasonThatIsAudited() throws Exception {
		userName = UiPreferences.get(UiPreferences.USER_NAME);
		role = UiPreferences.get(UiPreferences.ROLE);
		UiPreferences.put(Map.of(UiPreferences.USER_NAME, "Dr. Admin Test", UiPreferences.ROLE, "radiologist"));
		Report copy = SampleCases.load("TUM-03");
		copy.setId(ID);
		session().close();
		if (session().store().revision(ID) != null) {
			session().store().delete(ID);
		}
		session().store().save(copy, Revision.NEW, new Actor("Dr Away", "ws-9"));
		session().store().claim(ID, new Actor("Dr Away", "ws-9"), Duration.ofMinutes(30));

		Shell window = ui.shell("Spine MRI Reporting");
		ui.onUi(() -> {
			window.forceActive();
			return null;
		});
		session().open(ID);
		Workbench.showReport();
		ui.flush();
		assertFalse(session().isEditable(), "read-only while Dr Away reports it");
		assertFalse(canTakeOver(), "a radiologist cannot take a claim over");
		var item = Workbench.service(EModelService.class).findElements(Workbench.application(),
				"org.spinerad.ui.menuitem.takeOver", MHandledMenuItem.class, null,
				EModelService.ANYWHERE | EModelService.IN_MAIN_MENU).stream().findFirst();
		assertTrue(item.isPresent(), "the Report menu offers the takeover");

		UiPreferences.put(Map.of(UiPreferences.ROLE, "admin"));
		assertTrue(canTakeOver(), "an admin can");
		String reason = "Dr Away went home ill; report urgent";
		boolean[] blankRefused = new boolean[1];
		StringBuilder asked = Workbench.answer(ui, TakeOverHandler.TITLE, "OK", shell -> {
			Button ok = ui.all(shell, Button.class).stream().filter(b -> b.getText().equals("OK")).findFirst()
					.orElseThrow();
			blankRefused[0] = !ok.isEnabled();
			ui.type(ui.all(shell, Text.class).get(0), reason);
		});
		Composite part = (Composite) Workbench.part(ReportPart.ID).getWidget();
		Control target = ui.all(part, Control.class).stream().filter(c -> c.isEnabled() && c.isVisible()
				&& !(c instanceof Composite)).findFirst().orElse(part);
		ui.focus(target);
		ui.press('t', SWT.MOD1 | SWT.SHIFT);
		ui.waitUntil("the report to become editable here", WAIT, () -> session().isEditable());

		assertTrue(blankRefused[0], "no takeover without a reason");
		assertTrue(asked.toString().contains("being reported by Dr Away on ws-9"), "names the holder: " + asked);
		assertEquals(Actor.here("Dr. Admin Test"), session().store().claimOf(ID).holder());
		AuditEntry last = session().store().auditTrail(ID).stream().filter(e -> e.action().equals("took over"))
				.reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no takeover in the audit trail"));
		assertTrue(last.detail().contains(reason), last.toString());
		assertEquals(Actor.here("Dr. Admin Test"), last.actor());
	}
}
