package dev.cerulean.cli;

import dev.cerulean.core.move.MoveMapping;
import dev.cerulean.core.move.MovePlan;
import dev.cerulean.server.plan.MoveMappingReader;
import dev.cerulean.server.plan.MovePlanReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The files the move commands read: a plan, and a mapping of its principals; a file that cannot be read says why in one line. */
final class MoveFiles {
    /** A file that cannot be read or is not what it should be; the message names the file. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private MoveFiles() {}

    static MovePlan plan(Path file) throws Unreadable {
        try {
            return MovePlanReader.read(Files.readString(file));
        } catch (IOException e) {
            throw new Unreadable("cannot read " + file + ": " + e.getMessage());
        } catch (MovePlanReader.Unreadable e) {
            throw new Unreadable(file + ": " + e.getMessage());
        }
    }

    static MoveMapping mapping(Path file, MovePlan plan) throws Unreadable {
        try {
            return MoveMappingReader.read(Files.readString(file), plan);
        } catch (IOException e) {
            throw new Unreadable("cannot read " + file + ": " + e.getMessage());
        } catch (MovePlanReader.Unreadable e) {
            throw new Unreadable(file + ": " + e.getMessage());
        }
    }
}
