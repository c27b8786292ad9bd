namespace Bot.Storage.Files;

public enum ContentStoreKind
{
    Folder,
    S3,
}
