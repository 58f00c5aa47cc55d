package dev.cerulean.core.move;

/** "Use existing directory" and the directory change, as {@code dev.cerulean.core.UseCases} builds them once. */
public record MoveUseCases(
        PreviewDirectoryChange previewDirectoryChange,
        PlanDirectoryChange planDirectoryChange,
        ProposeMapping proposeMapping,
        ChangeDirectory changeDirectory,
        RequestDirectoryChange requestDirectoryChange,
        AcceptDirectoryChange acceptDirectoryChange,
        CancelDirectoryChange cancelDirectoryChange,
        DirectoryChangeStatus directoryChangeStatus,
        RequestDirectoryLink requestDirectoryLink,
        ConfirmDirectoryLink confirmDirectoryLink,
        ReadDirectoryLinkRequests linkRequests,
        RestoreAfterDirectoryChange restoreAfterDirectoryChange,
        CompareAccess compareAccess) {}
