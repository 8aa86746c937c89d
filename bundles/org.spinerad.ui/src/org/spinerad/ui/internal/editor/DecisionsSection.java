package org.spinerad.ui.internal.editor;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.spinerad.model.DecisionOverride;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.ReportPackage;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.TemplateService;
import org.spinerad.ui.UserIdentity;
import org.spinerad.ui.WidgetIds;
import org.spinerad.ui.internal.dialogs.Reasons;
import org.spinerad.ui.parts.ReportPart;
import org.spinerad.ui.session.ReportSession;
import org.spinerad.ui.internal.PatientLine;

/** The decision support section of the report editor: suggestions, each with an override that records a reason. */
public final class DecisionsSection {

	private DecisionsSection() {
	}

	/** Adds the decision support section to the top of the form, if the template concludes anything. */
	public static void build(Composite body, Report report, ReportSession session, TemplateService templates,
			UserIdentity user) {
		session.template().ifPresent(template -> {
			List<Conclusion> conclusions = templates.decide(report, template);
			if (conclusions.isEmpty()) {
				return;
			}
			Group group = WidgetIds.tag(new Group(body, SWT.NONE), ReportPart.ID + ".decisions");
			group.setText("Decision support (suggestions; override with a reason)");
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
			for (Conclusion c : conclusions) {
				Label text = new Label(group, SWT.WRAP);
				String reasons = c.reasons().isEmpty() ? ""
						: " because " + String.join("; ", c.reasons().stream().map(r -> r.text()).toList());
				text.setText(c.level().name().toLowerCase(Locale.ROOT) + ": " + c.label() + " = " + c.value() + reasons
						+ (c.caveats().isEmpty() ? "" : " (" + String.join("; ", c.caveats()) + ")"));
				GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
				Button override = WidgetIds.tag(new Button(group, SWT.PUSH), ReportPart.ID + ".override." + c.ruleId());
				override.setText("Override...");
				override.setEnabled(session.isEditable());
				override.addListener(SWT.Selection, e -> override(body, report, c, session, user));
			}
		});
	}

	private static void override(Composite body, Report report, Conclusion conclusion, ReportSession session,
			UserIdentity user) {
		String author = user.require(body.getShell()).orElse(null);
		if (author == null) {
			return;
		}
		InputDialog decision = new InputDialog(body.getShell(), "Override " + conclusion.label(),
				PatientLine.about(report, "The decision support suggests: " + conclusion.value() + "\nYour decision:"),
				conclusion.value(), null);
		if (decision.open() != Window.OK) {
			return;
		}
		String reason = Reasons.ask(body.getShell(), "Reason for the override",
				PatientLine.about(report, "Why do you decide differently? (recorded in the report)"), "A reason is required").orElse(null);
		if (reason == null) {
			return;
		}
		DecisionOverride o = ReportFactory.eINSTANCE.createDecisionOverride();
		o.setRuleId(conclusion.ruleId());
		o.setSuggestion(conclusion.value());
		o.setDecision(decision.getValue());
		o.setReason(reason);
		o.setAuthor(author);
		o.setTime(new java.util.Date());
		session.domain().ifPresent(d -> d.getCommandStack()
				.execute(AddCommand.create(d, report, ReportPackage.Literals.REPORT__OVERRIDES, o)));
	}

}
