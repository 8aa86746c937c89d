package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IPresentationEngine;
import java.nio.file.Path;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.internal.dialogs.PreferencesDialog;
import org.spinerad.ui.parts.DeliveryStatus;
import org.spinerad.ui.parts.WorklistPart;
import org.spinerad.ui.session.ReportSession;

/**
 * The window starts maximized; the dark and light themes switch at run time
 * and leave every part readable; at 1280x800 no worklist value and no status
 * text is cut off; the preferences name themes, not ids.
 */
class ThemeAndWindowTest {

	private static final Duration WAIT = Duration.ofSeconds(15);
	private static final String LIGHT = "org.spinerad.app.theme.light";
	private static final String DARK = "org.spinerad.app.theme.dark";
	private static final String HEADER = "org.spinerad.ui.part.report.header";

	private final Ui ui = Ui.of(Display.getCurrent());

	@AfterEach
	void lightAndMaximizedAgain() {
		IThemeEngine themes = Workbench.service(IThemeEngine.class);
		if (themes != null) {
			themes.setTheme(LIGHT, false);
		}
		Shell window = ui.shell("Spine MRI Reporting");
		window.setMaximized(true);
		Workbench.service(ReportSession.class).close();
	}

	@Test
	void theWindowStartsMaximized() {
		MWindow window = Workbench.application().getChildren().get(0);
		assertTrue(window.getTags().contains(IPresentationEngine.WINDOW_MAXIMIZED_TAG), window.getTags().toString());
		Shell shell = ui.shell("Spine MRI Reporting");
		var area = shell.getMonitor().getClientArea();
		ui.waitUntil("the window to fill the screen", WAIT, () -> shell.getMaximized()
				|| shell.getSize().x >= area.width && shell.getSize().y >= area.height - 60);
	}

	@Test
	void themeSwitchesAtRunTimeRecolourTheHeader() throws Exception {
		IThemeEngine themes = Workbench.service(IThemeEngine.class);
		assertNotNull(themes, "the theme engine runs");
		Shell window = ui.shell("Spine MRI Reporting");
		window.setMaximized(false);
		window.setSize(1280, 800);
		Workbench.service(ReportSession.class).open("case-TUM-01");
		Label header = ui.get(HEADER, Label.class);
		ui.waitUntil("the patient header", WAIT, () -> header.getText().startsWith("Case, Tum01"));

		themes.setTheme(DARK, false);
		ui.waitUntil("dark header colours", WAIT, () -> header.getBackground().getRGB().equals(new RGB(0x1f, 0x22, 0x26))
				&& header.getForeground().getRGB().equals(new RGB(0xd9, 0xdc, 0xe0)));
		assertEquals(new RGB(0xd9, 0xdc, 0xe0), ui.get("org.spinerad.ui.part.report.navigator", Control.class)
				.getForeground().getRGB(), "level names readable on the dark background");
		Table worklist = ui.get(WorklistPart.ID + ".table", Table.class);
		ui.get(WorklistPart.ID + ".filter", org.eclipse.swt.widgets.Text.class).setText("");
		assertTrue(worklist.getItemCount() > 0, "the worklist has rows to check");
		assertEquals(new RGB(0x2b, 0x2f, 0x35), worklist.getBackground().getRGB());
		assertNoTruncation(worklist);
		assertStatusFits();
		assertReadable(painted(window, "theme-dark-1280x800", header, new RGB(0x1f, 0x22, 0x26)), window, header);

		themes.setTheme(LIGHT, false);
		ui.waitUntil("light header colours without a restart", WAIT,
				() -> header.getBackground().getRGB().equals(new RGB(0xf4, 0xf5, 0xf7))
						&& header.getForeground().getRGB().equals(new RGB(0x1c, 0x1e, 0x21)));
		assertEquals(new RGB(0xff, 0xff, 0xff), worklist.getBackground().getRGB());
		assertEquals(new RGB(0xff, 0xff, 0xff),
				ui.get(WorklistPart.ID + ".filter", org.eclipse.swt.widgets.Text.class).getBackground().getRGB());
		Control navigator = ui.get("org.spinerad.ui.part.report.navigator", Control.class);
		assertEquals(new RGB(0x1c, 0x1e, 0x21), navigator.getForeground().getRGB(), "level names in the theme's colour");
		assertNoTruncation(worklist);
		assertReadable(painted(window, "theme-light-1280x800", header, new RGB(0xf4, 0xf5, 0xf7)), window, header);
	}

	@Test
	void preferencesNameTheThemesNotTheirIds() throws Exception {
		Shell window = ui.shell("Spine MRI Reporting");
		PreferencesDialog dialog = new PreferencesDialog(window, Workbench.application().getContext());
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Combo theme = ui.get("org.spinerad.ui.preferences.theme", Combo.class);
			List<String> items = Arrays.asList(theme.getItems());
			assertEquals(List.of("Light", "Dark (reading room)"), items);
			assertEquals("Light", theme.getText());
			for (String item : items) {
				assertFalse(item.contains("org.spinerad"), "no internal id: " + item);
			}
		} finally {
			dialog.close();
		}
	}

	/**
	 * Saves screenshots of the window until the picture shows the control in its background colour, i.e. the
	 * theme has been painted, not only set.
	 */
	private ImageData painted(Shell window, String name, Control probe, RGB background) {
		Path file = Screenshots.file(name);
		ImageData[] picture = new ImageData[1];
		ui.waitUntil(name + " painted", WAIT, () -> {
			try {
				picture[0] = new ImageLoader().load(ui.screenshot(window, file).toString())[0];
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
			Point corner = inPicture(window, probe, probe.getSize().x - 2, 1);
			return pixel(picture[0], corner.x, corner.y).equals(background);
		});
		return picture[0];
	}

	/** The control's text stands out from its background: some of its pixels differ strongly in brightness. */
	private static void assertReadable(ImageData picture, Shell window, Control control) {
		Point origin = inPicture(window, control, 0, 0);
		RGB background = pixel(picture, origin.x + control.getSize().x - 2, origin.y + 1);
		int strong = 0;
		for (int x = origin.x; x < origin.x + control.getSize().x && x < picture.width; x++) {
			for (int y = origin.y; y < origin.y + control.getSize().y && y < picture.height; y++) {
				if (Math.abs(brightness(pixel(picture, x, y)) - brightness(background)) > 120) {
					strong++;
				}
			}
		}
		assertTrue(strong > 50, "the text of " + control + " is hard to read: " + strong + " contrasting pixels");
	}

	/** @return a point of a control in a picture of the whole window (menu bar included) */
	private static Point inPicture(Shell window, Control control, int x, int y) {
		Point onScreen = control.toDisplay(x, y);
		return new Point(onScreen.x - window.getLocation().x, onScreen.y - window.getLocation().y);
	}

	private static RGB pixel(ImageData picture, int x, int y) {
		return picture.palette.getRGB(picture.getPixel(x, y));
	}

	private static int brightness(RGB rgb) {
		return (299 * rgb.red + 587 * rgb.green + 114 * rgb.blue) / 1000;
	}

	/** Every worklist cell fits its column: the column is at least as wide as its widest text. */
	private void assertNoTruncation(Table table) {
		GC gc = new GC(table);
		try {
			for (int c = 0; c < table.getColumnCount(); c++) {
				TableColumn column = table.getColumn(c);
				for (TableItem item : table.getItems()) {
					int needed = gc.textExtent(item.getText(c)).x;
					assertTrue(column.getWidth() >= needed, column.getText() + " cuts off '" + item.getText(c) + "'");
				}
			}
		} finally {
			gc.dispose();
		}
	}

	private void assertStatusFits() {
		Label count = ui.get(WorklistPart.ID + ".count", Label.class);
		int height = count.computeSize(count.getSize().x, org.eclipse.swt.SWT.DEFAULT).y;
		assertTrue(count.getSize().y >= height, "the worklist's help line is cut off: " + count.getText());
		Label status = ui.get(DeliveryStatus.ID, Label.class);
		GC gc = new GC(status);
		try {
			int needed = gc.textExtent(status.getText().strip()).x;
			assertTrue(status.getSize().x >= needed, "the status line is cut off: " + status.getText());
		} finally {
			gc.dispose();
		}
	}
}
