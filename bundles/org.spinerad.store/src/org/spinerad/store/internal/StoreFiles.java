package org.spinerad.store.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.spinerad.model.Report;
import org.spinerad.model.io.AtomicFiles;
import org.spinerad.model.io.ReportIO;
import org.spinerad.model.io.ReportIOException;
import org.spinerad.store.StoreException;

/** Reading and writing the folder store's files, with messages that say which file and what to check. */
final class StoreFiles {

	private StoreFiles() {
	}

	static byte[] bytes(Report report) throws StoreException {
		try {
			return ReportIO.toBytes(report, ReportIO.Format.XMI);
		} catch (ReportIOException e) {
			throw new StoreException(e.getMessage(), e);
		}
	}

	static byte[] read(Path file) throws StoreException {
		try {
			return Files.readAllBytes(file);
		} catch (IOException e) {
			throw new StoreException(file + " cannot be read: " + e.getMessage(), e);
		}
	}

	static void write(Path file, byte[] bytes) throws StoreException {
		try {
			AtomicFiles.write(file, bytes);
		} catch (IOException e) {
			throw new StoreException(file + " cannot be written (" + e.getMessage()
					+ "); check that the folder exists and is writable", e);
		}
	}

	/** @return the names of the files in a folder with an extension, without it, sorted */
	static List<String> ids(Path folder, String extension) throws StoreException {
		List<String> result = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			return result;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + extension)) {
			for (Path file : files) {
				String name = file.getFileName().toString();
				result.add(name.substring(0, name.length() - extension.length()));
			}
		} catch (IOException e) {
			throw new StoreException("The folder " + folder + " cannot be listed: " + e.getMessage(), e);
		}
		result.sort(null);
		return result;
	}
}
