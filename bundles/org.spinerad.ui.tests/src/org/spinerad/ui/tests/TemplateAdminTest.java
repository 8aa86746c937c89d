package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.spinerad.templates.TemplateRegistry;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.admin.internal.TemplateEditorPart;

/** An admin makes a syntax error, sees the marker with line and column, fixes it, sees the preview update. */
class TemplateAdminTest {

	private static final Duration WAIT = Duration.ofSeconds(15);
	private final Ui ui = Ui.of(Display.getCurrent());

	@Test
	void syntaxErrorIsMarkedAndTheFixUpdatesThePreview() throws Exception {
		var app = Workbench.application();
		EModelService models = app.getContext().get(EModelService.class);
		EPartService parts = app.getContext().get(EPartService.class);
		MPerspective admin = (MPerspective) models.find("org.spinerad.ui.admin.perspective.templates", app);
		parts.switchPerspective(admin);
		try {
			Shell window = ui.shell("Spine MRI Reporting");
			var part = Workbench.part(TemplateEditorPart.ID);
			parts.activate(part);
			ui.waitUntil("the editor part", WAIT, () -> part.getObject() != null);
			TemplateEditorPart editor = (TemplateEditorPart) part.getObject();
			var template = Workbench.service(TemplateRegistry.class).find("org.spinerad.templates.postop").orElseThrow();
			editor.open(template);
			StyledText source = ui.get(TemplateEditorPart.ID + ".source", StyledText.class);
			StyledText preview = ui.get(TemplateEditorPart.ID + ".preview", StyledText.class);
			ui.waitUntil("the preview of the shipped template", WAIT, () -> preview.getText().contains("IMPRESSION"));

			// type a broken interpolation at the end
			ui.focus(source);
			source.setCaretOffset(source.getCharCount());
			ui.type(source, "\n${patient.name");
			Label error = ui.get(TemplateEditorPart.ID + ".error", Label.class);
			ui.waitUntil("the error marker", WAIT, () -> editor.markerCount() == 1 && error.getText().contains("line "));
			assertTrue(error.getText().contains("column"), error.getText());
			ui.screenshot(window, Screenshots.file("template-error"));

			// fix it: close the brace and add a marker word
			source.setCaretOffset(source.getCharCount());
			ui.type(source, "!\"-\"} FIXED-BY-ADMIN");
			ui.waitUntil("the preview to update", WAIT,
					() -> editor.markerCount() == 0 && preview.getText().contains("FIXED-BY-ADMIN"));
			assertEquals("", error.getText());
			ui.screenshot(window, Screenshots.file("template-fixed"));
		} finally {
			parts.switchPerspective((MPerspective) models.find("org.spinerad.app.perspective.reporting", app));
		}
	}
}
