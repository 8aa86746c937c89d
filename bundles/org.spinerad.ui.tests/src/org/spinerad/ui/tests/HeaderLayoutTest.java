package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spinerad.samples.SampleCases;
import org.spinerad.store.Actor;
import org.spinerad.store.Revision;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.WidgetIds;
import org.spinerad.ui.internal.editor.StudyHeader;
import org.spinerad.ui.session.ReportSession;

/**
 * At 1280×800 every field of the study header shows its whole value: each
 * pick list is wider than its longest item, each short field wider than its
 * text, each free-text field tall enough for its wrapped text; measured with
 * the widget's own font for every example case.
 */
class HeaderLayoutTest {

	private static final Duration WAIT = Duration.ofSeconds(15);
	/** Least room a pick list needs beside its text for the arrow and the margins. */
	private static final int ARROW = 24;

	private final Ui ui = Ui.of(Display.getCurrent());
	private final List<String> created = new ArrayList<>();
	private final MainWindow window = new MainWindow(ui);
	private boolean headerShown;

	private static ReportSession session() {
		return Workbench.service(ReportSession.class);
	}

	private void open(String sample) throws Exception {
		var copy = SampleCases.load(sample);
		String id = "layout-" + sample;
		copy.setId(id);
		session().close();
		if (session().store().revision(id) != null) {
			session().store().delete(id);
		}
		session().store().save(copy, Revision.NEW, new Actor("Dr Seed", "ws-test"));
		created.add(id);
		window.resize(1280, 800);
		session().open(id);
		Workbench.showReport();
		ui.flush();
		if (!ui.get(StudyHeader.FIELDS_ID, Composite.class).isVisible()) {
			ui.click(ui.get(StudyHeader.TOGGLE_ID, Button.class));
			headerShown = true;
			ui.waitUntil("the header shown", WAIT, () -> ui.get(StudyHeader.FIELDS_ID, Composite.class).isVisible());
		}
		ui.flush();
	}

	@AfterEach
	void cleanUp() throws Exception {
		if (headerShown) {
			ui.click(ui.get(StudyHeader.TOGGLE_ID, Button.class));
		}
		session().close();
		for (String id : created) {
			session().store().delete(id);
		}
		window.restore();
	}

	@Test
	void everyHeaderFieldShowsItsWholeValueAt1280x800() throws Exception {
		List<String> cut = new ArrayList<>();
		int narrowest = Integer.MAX_VALUE;
		for (String sample : SampleCases.IDS) {
			open(sample);
			Composite fields = ui.get(StudyHeader.FIELDS_ID, Composite.class);
			if (sample.equals("TUM-01")) {
				ui.screenshot(fields.getShell(), Screenshots.file("header-layout-1280x800"));
			}
			narrowest = Math.min(narrowest, ui.onUi(() -> measure(sample, fields, cut)));
		}
		assertTrue(cut.isEmpty(), "cut off at 1280x800:\n" + String.join("\n", cut));
		System.out.println("header at 1280x800: least spare room in a field " + narrowest + " px");
	}

	/** @return the least spare room left in a field, in pixels */
	private static int measure(String sample, Composite fields, List<String> cut) {
		int spare = Integer.MAX_VALUE;
		Rectangle column = fields.getParent().getClientArea();
		for (Control control : all(fields)) {
			String id = sample + " " + control.getData(WidgetIds.KEY);
			int width = control.getSize().x;
			Rectangle onColumn = control.getDisplay().map(control.getParent(), fields.getParent(), control.getBounds());
			if (onColumn.x + onColumn.width > column.width) {
				cut.add(id + ": ends at " + (onColumn.x + onColumn.width) + " px, the column at " + column.width);
			}
			GC gc = new GC(control);
			try {
				gc.setFont(control.getFont());
				if (control instanceof Combo combo) {
					for (String item : combo.getItems()) {
						int need = gc.textExtent(item).x + ARROW;
						spare = Math.min(spare, width - need);
						if (need > width) {
							cut.add(id + ": \"" + item + "\" needs " + need + " px, has " + width);
						}
					}
				} else if (control instanceof Text text && (text.getStyle() & SWT.MULTI) == 0) {
					int need = text.computeTrim(0, 0, gc.textExtent(text.getText()).x, 0).width;
					spare = Math.min(spare, width - need);
					if (need > width) {
						cut.add(id + ": \"" + text.getText() + "\" needs " + need + " px, has " + width);
					}
				} else if (control instanceof Text text) {
					int need = text.computeSize(width - text.computeTrim(0, 0, 0, 0).width, SWT.DEFAULT).y;
					if (need > text.getSize().y) {
						cut.add(id + ": wrapped text needs " + need + " px high, has " + text.getSize().y);
					}
				}
			} finally {
				gc.dispose();
			}
		}
		return spare;
	}

	private static List<Control> all(Composite parent) {
		List<Control> controls = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (child instanceof Combo || child instanceof Text) {
				controls.add(child);
			} else if (child instanceof Composite composite) {
				controls.addAll(all(composite));
			}
		}
		return controls;
	}
}
