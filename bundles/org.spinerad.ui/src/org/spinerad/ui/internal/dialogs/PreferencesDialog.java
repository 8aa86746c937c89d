package org.spinerad.ui.internal.dialogs;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.css.swt.theme.ITheme;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.MessageDialog;
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
import org.spinerad.ui.WidgetIds;

/**
 * User, role, template folder, RIS endpoint, the order listener (on or off, port), PACS endpoint, theme,
 * dictation auto-apply. The services read their settings when they act: the order listener starts, stops or
 * moves when OK is pressed.
 */
public final class PreferencesDialog extends Dialog {

	private final IEclipseContext context;
	private final Map<String, Control> fields = new LinkedHashMap<>();
	/** Theme names shown to users, with their ids. */
	private final Map<String, String> themes = new LinkedHashMap<>();

	public PreferencesDialog(Shell shell, IEclipseContext context) {
		super(shell);
		this.context = context;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Preferences");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		text(area, UiPreferences.USER_NAME, "User name (signer)");
		combo(area, UiPreferences.ROLE, "Role", "radiologist", "admin");
		text(area, UiPreferences.TEMPLATE_FOLDER, "Department template folder (empty: in the workspace)");
		text(area, UiPreferences.RIS_HOST, "RIS host");
		text(area, UiPreferences.RIS_PORT, "RIS MLLP port");
		check(area, UiPreferences.ORDERS_LISTEN, "Receive orders from the RIS (HL7 over MLLP)");
		text(area, UiPreferences.ORDERS_PORT, "Order port");
		text(area, UiPreferences.PACS_URL, "PACS DICOMweb URL");
		themeCombo(area);
		check(area, UiPreferences.DICTATION_AUTO_APPLY, "Apply dictated speech without confirmation (Enter)");
		return area;
	}

	/** The themes by their names ("Light", "Dark (reading room)"); the id stays internal. */
	private void themeCombo(Composite area) {
		IThemeEngine engine = context.get(IThemeEngine.class);
		if (engine != null) {
			for (ITheme theme : engine.getThemes()) {
				if (theme.getId().startsWith("org.spinerad.")) {
					themes.put(theme.getLabel(), theme.getId());
				}
			}
		}
		if (themes.isEmpty()) {
			themes.put("Light", "org.spinerad.app.theme.light");
			themes.put("Dark (reading room)", "org.spinerad.app.theme.dark");
		}
		new Label(area, SWT.NONE).setText("Theme");
		Combo combo = WidgetIds.tag(new Combo(area, SWT.READ_ONLY), "org.spinerad.ui.preferences." + UiPreferences.THEME);
		combo.setItems(themes.keySet().toArray(String[]::new));
		String current = engine != null && engine.getActiveTheme() != null ? engine.getActiveTheme().getId()
				: UiPreferences.get(UiPreferences.THEME);
		themes.forEach((label, id) -> {
			if (id.equals(current)) {
				combo.setText(label);
			}
		});
		if (combo.getSelectionIndex() < 0) {
			combo.select(0);
		}
		fields.put(UiPreferences.THEME, combo);
	}

	private void text(Composite area, String key, String label) {
		new Label(area, SWT.NONE).setText(label);
		Text text = WidgetIds.tag(new Text(area, SWT.BORDER), "org.spinerad.ui.preferences." + key);
		text.setText(UiPreferences.get(key));
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
		fields.put(key, text);
	}

	private void check(Composite area, String key, String label) {
		new Label(area, SWT.NONE);
		Button box = WidgetIds.tag(new Button(area, SWT.CHECK), "org.spinerad.ui.preferences." + key);
		box.setText(label);
		box.setSelection(Boolean.parseBoolean(UiPreferences.get(key)));
		fields.put(key, box);
	}

	private void combo(Composite area, String key, String label, String... items) {
		new Label(area, SWT.NONE).setText(label);
		Combo combo = WidgetIds.tag(new Combo(area, SWT.READ_ONLY), "org.spinerad.ui.preferences." + key);
		combo.setItems(items);
		combo.setText(UiPreferences.get(key));
		fields.put(key, combo);
	}

	@Override
	protected void okPressed() {
		Map<String, String> values = new LinkedHashMap<>();
		fields.forEach((k, c) -> values.put(k, switch (c) {
		case Text t -> t.getText().strip();
		case Button b -> Boolean.toString(b.getSelection());
		default -> ((Combo) c).getText();
		}));
		values.computeIfPresent(UiPreferences.THEME, (k, label) -> themes.getOrDefault(label, label));
		if (!isPort(values.get(UiPreferences.RIS_PORT), "RIS port")
				|| !isPort(values.get(UiPreferences.ORDERS_PORT), "order port")) {
			return;
		}
		try {
			UiPreferences.put(values);
		} catch (java.io.IOException e) {
			MessageDialog.openError(getShell(), "Preferences", "The preferences cannot be stored: " + e.getMessage());
			return;
		}
		IThemeEngine themes = context.get(IThemeEngine.class);
		if (themes != null) {
			themes.setTheme(values.get(UiPreferences.THEME), true);
		}
		super.okPressed();
	}

	private boolean isPort(String port, String what) {
		if (port.matches("\\d{1,5}") && Integer.parseInt(port) >= 1 && Integer.parseInt(port) <= 65535) {
			return true;
		}
		MessageDialog.openError(getShell(), "Preferences", "The " + what + " '" + port
				+ "' is not a port number; enter one from 1 to 65535.");
		return false;
	}
}
