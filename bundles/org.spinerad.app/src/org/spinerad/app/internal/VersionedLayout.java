package org.spinerad.app.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.URIUtil;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.contributions.IContributionFactory;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.IModelResourceHandler;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.service.datalocation.Location;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Loads and saves the window layout (the workbench model the platform keeps
 * in the workspace: sash widths, part sizes, the window's size) with a layout
 * version beside it. A layout saved by a workstation whose layout was
 * different (an older version, or one from before layouts had versions) is
 * dropped at start, so the user gets the layout of this version instead of
 * old sash widths; one of this version is restored as saved. Loading and
 * saving themselves stay the platform's.
 *
 * <p>Named by the product's {@code modelResourceHandler} property.
 */
public final class VersionedLayout implements IModelResourceHandler {

	/**
	 * The version of the layout: Application.e4xmi and the parts and stacks
	 * the fragments place. Raise it with every change of the layout (a new or
	 * moved part, other sash weights) so that saved layouts are dropped.
	 */
	public static final int VERSION = 2;
	/** The file beside the saved layout that holds its version. */
	static final String FILE = "org.spinerad.layout.version";
	/** The file in which the platform saves the layout. */
	static final String LAYOUT = "workbench.xmi";
	private static final String PLATFORM_HANDLER = "bundleclass://org.eclipse.e4.ui.workbench/"
			+ "org.eclipse.e4.ui.internal.workbench.ResourceHandler";
	private static final System.Logger LOG = System.getLogger(VersionedLayout.class.getName());

	private final IModelResourceHandler platform;
	/** Where the layout is saved; null when the layout is not kept. */
	private final Path folder;

	@Inject
	public VersionedLayout(IEclipseContext context, @Named(IWorkbench.PERSIST_STATE) boolean persist,
			@Optional @Named("instanceLocation") Location workspace) {
		folder = persist && workspace != null && workspace.getURL() != null ? folder(workspace) : null;
		platform = (IModelResourceHandler) context.get(IContributionFactory.class).create(PLATFORM_HANDLER, context);
	}

	private static Path folder(Location workspace) {
		try {
			return Path.of(URIUtil.toURI(workspace.getURL())).resolve(".metadata").resolve(".plugins")
					.resolve("org.eclipse.e4.workbench");
		} catch (URISyntaxException | IllegalArgumentException e) {
			LOG.log(System.Logger.Level.WARNING, "The workspace location " + workspace.getURL()
					+ " is not a folder; the window layout is not versioned", e);
			return null;
		}
	}

	@Override
	public Resource loadMostRecentModel() {
		if (folder != null) {
			dropIfOtherVersion(folder);
		}
		return platform.loadMostRecentModel();
	}

	@Override
	public Resource createResourceWithApp(MApplication application) {
		return platform.createResourceWithApp(application);
	}

	@Override
	public void save() throws IOException {
		platform.save();
		if (folder != null && Files.exists(folder.resolve(LAYOUT))) {
			stamp(folder);
		}
	}

	/**
	 * Deletes a saved layout whose version is not this workstation's.
	 *
	 * @return whether a saved layout was dropped
	 */
	static boolean dropIfOtherVersion(Path folder) {
		Path layout = folder.resolve(LAYOUT);
		int saved = version(folder);
		if (!Files.exists(layout) || saved == VERSION) {
			return false;
		}
		try {
			Files.delete(layout);
			Files.deleteIfExists(folder.resolve(FILE));
			LOG.log(System.Logger.Level.INFO, "The saved window layout (version " + saved
					+ ") is not this version's (" + VERSION + "); starting with this version's layout");
			return true;
		} catch (IOException e) {
			LOG.log(System.Logger.Level.WARNING, "The saved window layout of an older version could not be "
					+ "deleted (" + layout + "); delete it by hand or start with -clearPersistedState", e);
			return false;
		}
	}

	/** @return the version of the saved layout; 1 when it has none (saved before layouts had versions) */
	static int version(Path folder) {
		try {
			return Integer.parseInt(Files.readString(folder.resolve(FILE), StandardCharsets.UTF_8).strip());
		} catch (IOException | NumberFormatException e) {
			return 1;
		}
	}

	/** Writes this version beside the saved layout, unless it is there already. */
	static void stamp(Path folder) throws IOException {
		if (version(folder) != VERSION) {
			Files.writeString(folder.resolve(FILE), VERSION + "\n", StandardCharsets.UTF_8);
		}
	}
}
