package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spinerad.model.Report;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.ReportStatus;
import org.spinerad.store.ReportSummary;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.parts.WorklistPart;
import org.spinerad.ui.session.ReportSession;

/**
 * The reading-room worklist: formatted names and "—" for what is not known,
 * sorting by header click and Ctrl+digit with an order a save never changes,
 * and F8 for the next unreported study with the focus in the editor.
 */
class WorklistTest {

	private static final Duration WAIT = Duration.ofSeconds(15);
	private static final int PATIENT = 1;
	private static final int MRN = 2;
	private static final int AGE_SEX = 3;
	private static final int ACCESSION = 5;
	private static final int STATUS = 7;

	private final Ui ui = Ui.of(Display.getCurrent());
	private final List<String> created = new ArrayList<>();

	private static ReportSession session() {
		return Workbench.service(ReportSession.class);
	}

	private static WorklistPart worklist() {
		return (WorklistPart) Workbench.part(WorklistPart.ID).getObject();
	}

	private Table table() {
		return ui.get(WorklistPart.ID + ".table", Table.class);
	}

	@BeforeEach
	void twoStudies() throws Exception {
		session().close();
		Report moreau = EcoreUtil.copy(session().store().load("case-TUM-01"));
		moreau.setId("wl-moreau");
		moreau.getPatient().setName("MOREAU^ÉMILE");
		moreau.getPatient().setPatientId("MRN-4711");
		moreau.getStudy().setAccessionNumber("ACC-WL-1");
		Report unknown = EcoreUtil.copy(session().store().load("case-TUM-02"));
		unknown.setId("wl-unknown");
		unknown.setPatient(null);
		unknown.getStudy().setAccessionNumber("ACC-WL-2");
		unknown.getStudy().setStudyDescription(null);
		for (Report r : List.of(moreau, unknown)) {
			session().store().save(r);
			created.add(r.getId());
		}
		ui.onUi(() -> {
			ui.get(WorklistPart.ID + ".filter", Text.class).setText("");
			worklist().refresh();
			return null;
		});
	}

	@AfterEach
	void removeThem() throws Exception {
		session().close();
		for (String id : created) {
			session().store().delete(id);
		}
		ui.onUi(() -> {
			worklist().refresh();
			return null;
		});
	}

	private TableItem row(String accession) {
		for (TableItem item : table().getItems()) {
			if (item.getText(ACCESSION).equals(accession)) {
				return item;
			}
		}
		throw new AssertionError("no row with accession " + accession);
	}

	private List<String> order() {
		List<String> ids = new ArrayList<>();
		for (TableItem item : table().getItems()) {
			ids.add(((ReportSummary) item.getData()).id());
		}
		return ids;
	}

	@Test
	void namesAreFormattedAndUnknownValuesShowADash() {
		TableItem moreau = row("ACC-WL-1");
		assertEquals("Moreau, Émile", moreau.getText(PATIENT));
		assertEquals("MRN-4711", moreau.getText(MRN));
		assertTrue(moreau.getText(AGE_SEX).matches("\\d+ y / [FMO—]"), moreau.getText(AGE_SEX));
		assertEquals("—", moreau.getText(0), "no priority is recorded, so none is claimed");
		TableItem unknown = row("ACC-WL-2");
		assertEquals("—", unknown.getText(PATIENT));
		assertEquals("—", unknown.getText(MRN));
		assertEquals("—", unknown.getText(AGE_SEX));
		for (TableItem item : table().getItems()) {
			for (int c = 0; c < table().getColumnCount(); c++) {
				assertFalse(item.getText(c).isBlank(), "no blank cell: column " + table().getColumn(c).getText());
			}
			assertFalse(item.getText(PATIENT).contains("^"), item.getText(PATIENT));
		}
	}

	@Test
	void thePriorityOfTheOrderShowsAndSortsMostUrgentFirst() throws Exception {
		for (String[] idAndPriority : new String[][] { { "wl-unknown", "urgent" }, { "wl-moreau", "stat" } }) {
			Report report = session().store().load(idAndPriority[0]);
			report.getStudy().setPriority(org.spinerad.model.StudyPriority.get(idAndPriority[1]));
			session().store().save(report);
		}
		ui.onUi(() -> {
			worklist().refresh();
			return null;
		});
		assertEquals("STAT", row("ACC-WL-1").getText(0));
		assertEquals("Urgent", row("ACC-WL-2").getText(0));
		Table table = table();
		ui.focus(table);
		ui.press('1', SWT.MOD1);
		ui.waitUntil("the priority sort", WAIT, () -> table.getSortColumn() == table.getColumn(0));
		List<String> ids = order();
		assertEquals(List.of("wl-moreau", "wl-unknown"), ids.subList(0, 2), "STAT, then urgent: " + ids);
		for (int i = 2; i < table.getItemCount(); i++) {
			assertEquals("—", table.getItem(i).getText(0), "studies without a priority come after");
		}
	}

	@Test
	void sortingByHeaderAndKeyKeepsItsOrderAcrossASave() throws Exception {
		// a click on the Patient header sorts by patient; a second click reverses
		Table table = table();
		ui.onUi(() -> {
			table.getColumn(PATIENT).notifyListeners(SWT.Selection, new Event());
			return null;
		});
		assertEquals(table.getColumn(PATIENT), table.getSortColumn());
		assertEquals(SWT.UP, table.getSortDirection());
		List<String> names = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			names.add(item.getText(PATIENT));
		}
		assertEquals("—", names.get(names.size() - 1), "unknown names last");
		assertTrue(names.indexOf("Case, Tum01") < names.indexOf("Moreau, Émile"), names.toString());

		// Ctrl+8 sorts by status: every draft has the same key, so the report id decides
		ui.focus(table);
		ui.press('8', SWT.MOD1);
		ui.waitUntil("the status sort", WAIT, () -> table.getSortColumn() == table.getColumn(STATUS));
		List<String> before = order();

		// a save changes the report's modification time; its row must not move
		session().open("wl-moreau");
		Report report = session().report().orElseThrow();
		var domain = session().domain().orElseThrow();
		domain.getCommandStack().execute(SetCommand.create(domain, report.getStudy(),
				ReportPackage.Literals.STUDY__STUDY_DESCRIPTION, "MRI whole spine, edited"));
		assertTrue(session().isDirty());
		session().save();
		ui.waitUntil("the worklist to show the saved exam", WAIT,
				() -> row("ACC-WL-1").getText(4).equals("MRI whole spine, edited"));
		assertEquals(before, order(), "a save never reorders the worklist");
		assertEquals(ReportStatus.DRAFT, report.getStatus());
	}

	@Test
	void nextCaseKeyOpensTheNextUnreportedStudyWithTheFocusInTheEditor() throws Exception {
		Table table = table();
		ui.onUi(() -> {
			worklist().sortBy(ACCESSION);
			return null;
		});
		assertEquals(table.getColumn(ACCESSION), table.getSortColumn());
		// open the first study, then F8: the next draft below it opens
		Text filter = ui.get(WorklistPart.ID + ".filter", Text.class);
		ui.focus(filter);
		String first = ((ReportSummary) table.getItem(0).getData()).id();
		ui.onUi(() -> {
			table.select(0);
			return null;
		});
		session().open(first);
		String expected = null;
		for (int i = 1; i < table.getItemCount() && expected == null; i++) {
			ReportSummary s = (ReportSummary) table.getItem(i).getData();
			if (s.status() == ReportStatus.DRAFT) {
				expected = s.id();
			}
		}
		assertTrue(expected != null, "a draft below the first row");
		String next = expected;
		ui.press(SWT.F8, 0);
		ui.waitUntil("the next unreported study to open", WAIT,
				() -> session().report().map(r -> r.getId().equals(next)).orElse(false));
		Composite editor = ui.get("org.spinerad.ui.part.report", Composite.class);
		ui.waitUntil("the focus in the editor", WAIT, () -> inside(Display.getCurrent().getFocusControl(), editor));
		assertNotEquals(first, next);
	}

	private static boolean inside(Control control, Composite parent) {
		for (Control c = control; c != null; c = c.getParent()) {
			if (c == parent) {
				return true;
			}
		}
		return false;
	}
}
