package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spinerad.model.CordEffect;
import org.spinerad.model.EnhancementIntensity;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.edit.ReportEditingDomain;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.internal.editor.Binder;

/** Controls bound to the model: typing and picking become undoable commands; bad input changes nothing. */
class BinderTest {

	private final Ui ui = Ui.of(Display.getCurrent());
	private final Shell shell = new Shell(Display.getCurrent());

	@AfterEach
	void close() {
		shell.dispose();
	}

	@Test
	void typedLevelsNumbersAndPickedItemsAreUndoableCommands() {
		ReportEditingDomain domain = new ReportEditingDomain();
		EpiduralFinding finding = ReportFactory.eINSTANCE.createEpiduralFinding();
		finding.setEnhancement(ReportFactory.eINSTANCE.createEnhancement());
		domain.createResource("test").getContents().add(finding);
		shell.setLayout(new FillLayout(SWT.VERTICAL));
		Binder binder = new Binder(domain);
		Text level = binder.text(new Text(shell, SWT.BORDER), finding, ReportPackage.Literals.LOCATED__FROM);
		Text thickness = binder.text(new Text(shell, SWT.BORDER), finding,
				ReportPackage.Literals.EPIDURAL_FINDING__MAX_THICKNESS_MM);
		Combo intensity = binder.combo(new Combo(shell, SWT.READ_ONLY), finding.getEnhancement(),
				ReportPackage.Literals.ENHANCEMENT__INTENSITY, List.of("unspecified", "mild", "moderate", "avid"));
		shell.setSize(300, 200);
		shell.open();

		ui.type(level, "L4-5");
		assertEquals(SpineLevel.valueOf("L4-L5"), finding.getFrom(), "the display form is read as a level");
		ui.type(thickness, "8x");
		assertEquals(8.0, finding.getMaxThicknessMm(), "the last valid value stays");
		assertTrue(thickness.getToolTipText().contains("not a number"), "bad input is marked");
		ui.focus(intensity);
		ui.press('a', 0);
		ui.waitUntil("type-ahead to pick 'avid'", Duration.ofSeconds(5),
				() -> finding.getEnhancement().getIntensity() == EnhancementIntensity.AVID);

		while (domain.getCommandStack().canUndo()) {
			domain.getCommandStack().undo();
		}
		assertNull(finding.getFrom());
		assertNull(finding.getMaxThicknessMm());
		assertEquals(EnhancementIntensity.UNSPECIFIED, finding.getEnhancement().getIntensity());
		assertEquals("", level.getText(), "undo updates the control");
		binder.dispose();
	}

	/** A level typed in lower case or short form stays as typed while the caret moves on: t10 is T10, not T1. */
	@Test
	void aLevelTypedInLowerCaseIsReadWhole() {
		ReportEditingDomain domain = new ReportEditingDomain();
		EpiduralFinding finding = ReportFactory.eINSTANCE.createEpiduralFinding();
		domain.createResource("test").getContents().add(finding);
		shell.setLayout(new FillLayout(SWT.VERTICAL));
		Binder binder = new Binder(domain);
		Text level = binder.text(new Text(shell, SWT.BORDER), finding, ReportPackage.Literals.LOCATED__FROM);
		Text worst = binder.text(new Text(shell, SWT.BORDER), finding, ReportPackage.Literals.EPIDURAL_FINDING__WORST_LEVEL);
		shell.setSize(300, 200);
		shell.open();

		ui.type(level, "t10");
		assertEquals(SpineLevel.valueOf("T10"), finding.getFrom(), "typed 't10', the field shows " + level.getText());
		ui.type(worst, "l3-4");
		assertEquals(SpineLevel.valueOf("L3-L4"), finding.getWorstLevel(), "typed 'l3-4', the field shows " + worst.getText());
		while (domain.getCommandStack().canUndo()) {
			domain.getCommandStack().undo();
		}
		assertNull(finding.getWorstLevel());
		assertEquals("", worst.getText(), "undo still updates the control");
		binder.dispose();
	}

	/** Showing a finding without enhancement changes nothing; its first edit adds it, undone as one step. */
	@Test
	void anOptionalPartJoinsTheModelWithItsFirstEditAsOneCommand() {
		ReportEditingDomain domain = new ReportEditingDomain();
		EpiduralFinding finding = ReportFactory.eINSTANCE.createEpiduralFinding();
		finding.setId("F1");
		domain.createResource("test").getContents().add(finding);
		shell.setLayout(new FillLayout(SWT.VERTICAL));
		Binder binder = new Binder(domain);
		var enhancement = binder.attachOnEdit(finding, ReportPackage.Literals.FINDING__ENHANCEMENT,
				ReportFactory.eINSTANCE.createEnhancement());
		Combo intensity = binder.combo(new Combo(shell, SWT.READ_ONLY), enhancement,
				ReportPackage.Literals.ENHANCEMENT__INTENSITY, List.of("unspecified", "mild", "moderate", "avid"));
		shell.setSize(300, 200);
		shell.open();
		assertNull(finding.getEnhancement(), "showing the form leaves the model alone");
		assertTrue(!domain.getCommandStack().canUndo(), "and puts nothing on the command stack");

		ui.select(intensity, "avid");
		assertEquals(EnhancementIntensity.AVID, finding.getEnhancement().getIntensity());
		domain.getCommandStack().undo();
		assertNull(finding.getEnhancement(), "one undo takes back the value and the enhancement");
		assertTrue(!domain.getCommandStack().canUndo(), "it was one command");
		ui.select(intensity, "mild");
		assertEquals(EnhancementIntensity.MILD, finding.getEnhancement().getIntensity(), "and it works again");
		binder.dispose();
	}

	/** Controls are found by where their object sits in the report, e.g. for a problem found on a copy. */
	@Test
	void controlsAreKeyedByTheirPlaceInTheReport() {
		ReportEditingDomain domain = new ReportEditingDomain();
		var report = org.spinerad.model.query.Reports.newDraft("Dr. Test");
		domain.createResource("test").getContents().add(report);
		var region = org.spinerad.model.query.Reports.region(report, org.spinerad.model.RegionKind.EPIDURAL).orElseThrow();
		EpiduralFinding first = ReportFactory.eINSTANCE.createEpiduralFinding();
		first.setId("F1");
		EpiduralFinding second = ReportFactory.eINSTANCE.createEpiduralFinding();
		second.setId("F2");
		region.getFindings().add(first);
		region.getFindings().add(second);
		shell.setLayout(new FillLayout(SWT.VERTICAL));
		Binder binder = new Binder(domain);
		Text level1 = binder.text(new Text(shell, SWT.BORDER), first, ReportPackage.Literals.LOCATED__FROM);
		Text level2 = binder.text(new Text(shell, SWT.BORDER), second, ReportPackage.Literals.LOCATED__FROM);

		var copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(report);
		var copied = org.spinerad.model.query.Reports.region(copy, org.spinerad.model.RegionKind.EPIDURAL).orElseThrow()
				.getFindings();
		assertEquals(level1, binder.control(copied.get(0), ReportPackage.Literals.LOCATED__FROM));
		assertEquals(level2, binder.control(copied.get(1), ReportPackage.Literals.LOCATED__FROM));
		binder.dispose();
	}

	/**
	 * Type-ahead reaches every item by letters: the first letters still pick the
	 * first item that starts with them, and the words after a comma or space
	 * reach the items that share their first word.
	 */
	@Test
	void typeAheadReachesEveryItemByTheWordsAfterTheComma() {
		ReportEditingDomain domain = new ReportEditingDomain();
		EpiduralFinding finding = ReportFactory.eINSTANCE.createEpiduralFinding();
		domain.createResource("test").getContents().add(finding);
		shell.setLayout(new FillLayout(SWT.VERTICAL));
		Binder binder = new Binder(domain);
		Combo effect = binder.combo(new Combo(shell, SWT.READ_ONLY), finding,
				ReportPackage.Literals.EPIDURAL_FINDING__CORD_EFFECT, List.of("not_assessed", "none", "contact",
						"deformation", "compression_csf_preserved", "compression_no_csf", "not_applicable_below_conus"));
		shell.setSize(300, 200);
		shell.open();
		ui.focus(effect);

		keys("co"); // the first letters as before: the first item that starts with them
		waitFor(finding, CordEffect.CONTACT, effect);
		keys("m"); // "com"
		waitFor(finding, CordEffect.COMPRESSION_CSF_PRESERVED, effect);
		keys(" n"); // "com n": the next word starts with n
		waitFor(finding, CordEffect.COMPRESSION_NO_CSF, effect);

		ui.select(effect, "none");
		keys("no c"); // a later word: "compression, no CSF" (no item starts with "no c")
		waitFor(finding, CordEffect.COMPRESSION_NO_CSF, effect);
		ui.select(effect, "none");
		keys("below"); // a word inside parentheses
		waitFor(finding, CordEffect.NOT_APPLICABLE_BELOW_CONUS, effect);
		binder.dispose();
	}

	/** Presses the keys of a text one after the other, as a user types them. */
	private void keys(String text) {
		for (char c : text.toCharArray()) {
			ui.press(c, 0);
		}
	}

	private void waitFor(EpiduralFinding finding, CordEffect expected, Combo combo) {
		ui.waitUntil("type-ahead to pick " + expected, Duration.ofSeconds(5), () -> finding.getCordEffect() == expected);
		assertEquals(org.spinerad.model.edit.Vocabulary.label(expected), combo.getText());
	}

	/** A level typed in lower case shows in capitals once the caret leaves it or Enter is pressed. */
	@Test
	void aTypedLevelShowsInCapitalsOnceCommitted() {
		ReportEditingDomain domain = new ReportEditingDomain();
		EpiduralFinding finding = ReportFactory.eINSTANCE.createEpiduralFinding();
		domain.createResource("test").getContents().add(finding);
		shell.setLayout(new FillLayout(SWT.VERTICAL));
		Binder binder = new Binder(domain);
		Text level = binder.text(new Text(shell, SWT.BORDER), finding, ReportPackage.Literals.LOCATED__FROM);
		Text worst = binder.text(new Text(shell, SWT.BORDER), finding, ReportPackage.Literals.EPIDURAL_FINDING__WORST_LEVEL);
		Text thickness = binder.text(new Text(shell, SWT.BORDER), finding,
				ReportPackage.Literals.EPIDURAL_FINDING__MAX_THICKNESS_MM);
		shell.setSize(300, 200);
		shell.open();

		ui.type(level, "t10");
		assertEquals("t10", level.getText(), "while typing the text stays as typed");
		ui.press(SWT.TAB, 0); // the caret leaves
		ui.waitUntil("the caret in the next field", Duration.ofSeconds(5), worst::isFocusControl);
		assertEquals("T10", level.getText());
		ui.type(worst, "l3-4");
		ui.press(SWT.CR, 0);
		ui.waitUntil("Enter to commit the level", Duration.ofSeconds(5), () -> "L3-L4".equals(worst.getText()));
		ui.type(thickness, "8x");
		ui.focus(level);
		assertEquals("8x", thickness.getText(), "text that does not parse stays for the user to correct");
		assertEquals(SpineLevel.valueOf("T10"), finding.getFrom());
		domain.getCommandStack().undo();
		domain.getCommandStack().undo();
		assertEquals(SpineLevel.valueOf("T10"), finding.getFrom(), "showing the level made no edit of its own");
		binder.dispose();
	}
}
