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
}
