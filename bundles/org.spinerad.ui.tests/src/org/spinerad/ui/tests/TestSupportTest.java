package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spinerad.testsupport.Ui;
import org.spinerad.testsupport.UiTimeoutError;
import org.spinerad.ui.WidgetIds;

/** The test-support driver against real SWT widgets in a shell of its own. */
class TestSupportTest {

	private final Ui ui = Ui.of(Display.getCurrent());
	private Shell shell;
	private Text text;
	private Combo combo;
	private org.eclipse.swt.widgets.List list;
	private Button button;
	private Button check;
	private final List<String> events = new ArrayList<>();

	@BeforeEach
	void open() {
		shell = new Shell(Display.getCurrent());
		shell.setText("Test support fixture");
		shell.setLayout(new FillLayout(SWT.VERTICAL));
		text = WidgetIds.tag(new Text(shell, SWT.BORDER), "fixture.text");
		text.addModifyListener(e -> events.add("modify"));
		combo = WidgetIds.tag(new Combo(shell, SWT.READ_ONLY), "fixture.combo");
		combo.setItems("none", "mild", "moderate", "avid");
		combo.addListener(SWT.Selection, e -> events.add("combo:" + combo.getText()));
		list = WidgetIds.tag(new org.eclipse.swt.widgets.List(shell, SWT.SINGLE), "fixture.list");
		list.setItems("C5", "C6", "C7");
		list.addListener(SWT.Selection, e -> events.add("list:" + list.getSelection()[0]));
		button = WidgetIds.tag(new Button(shell, SWT.PUSH), "fixture.button");
		button.setText("Sign");
		button.addListener(SWT.Selection, e -> events.add("clicked"));
		check = WidgetIds.tag(new Button(shell, SWT.CHECK), "fixture.check");
		check.setText("Critical");
		shell.setSize(400, 300);
		shell.open();
		ui.flush();
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	@Test
	void findsWidgetsByIdAndType() {
		assertEquals(text, ui.get("fixture.text", Text.class));
		assertEquals(combo, ui.get("fixture.combo", Combo.class));
		assertTrue(ui.find("fixture.nothing").isEmpty());
		assertEquals(2, ui.all(shell, Button.class).size());
	}

	@Test
	void typesTextKeyByKey() {
		ui.type(ui.get("fixture.text", Text.class), "L4-L5");
		assertEquals("L4-L5", text.getText());
		assertEquals(5, events.stream().filter("modify"::equals).count());
		assertTrue(text.isFocusControl());
	}

	@Test
	void selectsComboAndListItems() {
		ui.select(combo, "avid");
		ui.select(list, "C6");
		assertEquals("avid", combo.getText());
		assertEquals(List.of("combo:avid", "list:C6"), events);
		assertThrows(AssertionError.class, () -> ui.select(combo, "extreme"));
	}

	@Test
	void clicksButtonsAndToggles() {
		ui.click(button);
		ui.click(check);
		assertEquals(List.of("clicked"), events);
		assertTrue(check.getSelection());
		button.setEnabled(false);
		assertThrows(AssertionError.class, () -> ui.click(button));
	}

	@Test
	void pressesRealKeysThroughTheDisplay() {
		ui.focus(text);
		List<Character> keys = new ArrayList<>();
		text.addListener(SWT.KeyDown, e -> keys.add(e.character));
		ui.press('x', 0);
		ui.waitUntil("the key to arrive", Duration.ofSeconds(5), () -> !keys.isEmpty());
		assertEquals('x', keys.get(0));
	}

	@Test
	void activatingAShellTellsTheApplicationEvenWhenTheKeyboardIsAlreadyThere() {
		ui.activate(shell);
		List<Widget> activated = new ArrayList<>();
		org.eclipse.swt.widgets.Listener filter = e -> activated.add(e.widget);
		Display.getCurrent().addFilter(SWT.Activate, filter);
		try {
			// as after a dialog closed without a window manager: the keyboard may be there, the activation is not
			ui.activate(shell);
		} finally {
			Display.getCurrent().removeFilter(SWT.Activate, filter);
		}
		assertTrue(activated.contains(shell), "the activation reaches the display's filters: " + activated);
	}

	@Test
	void waitsForConditionsAndTimesOut() {
		long start = System.nanoTime();
		Display.getCurrent().timerExec(100, () -> text.setText("ready"));
		ui.waitUntil("the timer", Duration.ofSeconds(5), () -> "ready".equals(text.getText()));
		UiTimeoutError timeout = assertThrows(UiTimeoutError.class,
				() -> ui.waitUntil("something that never happens", Duration.ofMillis(200), () -> false));
		assertTrue(timeout.getMessage().contains("something that never happens"));
		assertTrue(System.nanoTime() - start >= 200_000_000L);
	}

	@Test
	void savesAScreenshotOfAShell() throws Exception {
		Path png = ui.screenshot(shell, Screenshots.file("test-support-fixture"));
		assertTrue(Files.size(png) > 500);
		byte[] header = Files.readAllBytes(png);
		assertEquals((byte) 0x89, header[0]);
		assertEquals('P', header[1]);
	}
}
