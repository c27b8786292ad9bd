using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace Bot.FakeTelegram.Tests;

/// <summary>Forum topics as strict as Telegram: created only in a forum, with a valid name; a message_thread_id must
/// name one of the forum's topics; people's messages in a topic arrive marked with it.</summary>
public sealed class ForumTests : FakeApiTest
{
    [Fact]
    public async Task A_topic_is_created_in_a_forum_and_the_bot_posts_into_it()
    {
        var forum = Api.NewForum();
        var bot = Clients.For(Api);

        var topic = await bot.CreateForumTopic(forum.ChatId, "ООО «Ромашка»");
        var posted = await bot.SendMessage(forum.ChatId, "<b>Привет</b>", ParseMode.Html, messageThreadId: topic.MessageThreadId);

        Assert.Equal("ООО «Ромашка»", forum.Topics[topic.MessageThreadId]);
        Assert.Equal((topic.MessageThreadId, true), (posted.MessageThreadId, posted.IsTopicMessage));
        Assert.Equal((ChatType.Supergroup, true), (posted.Chat.Type, posted.Chat.IsForum));
        Assert.Equal(topic.MessageThreadId, Assert.Single(forum.BotMessages).ThreadId);
    }

    [Fact]
    public async Task Topics_are_refused_outside_a_forum_and_with_a_bad_name_and_an_unknown_thread_is_refused()
    {
        var forum = Api.NewForum();
        var group = Api.NewForum("Просто группа", isForum: false);
        var user = Api.NewUser();
        var bot = Clients.For(Api);
        var topic = await bot.CreateForumTopic(forum.ChatId, "Клиент");

        var errors = new[]
        {
            await Assert.ThrowsAsync<ApiRequestException>(() => bot.CreateForumTopic(group.ChatId, "Клиент")),
            await Assert.ThrowsAsync<ApiRequestException>(() => bot.CreateForumTopic(forum.ChatId, new string('я', 129))),
            await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(forum.ChatId, "x", messageThreadId: topic.MessageThreadId + 100)),
            await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(user.ChatId, "x", messageThreadId: topic.MessageThreadId)),
        };

        Assert.Equal(
            ["Bad Request: the chat is not a forum", "Bad Request: TOPIC_NAME_INVALID", "Bad Request: message thread not found", "Bad Request: message thread not found"],
            errors.Select(error => error.Message));
        Assert.All(errors, error => Assert.Equal(400, error.ErrorCode));
        Assert.Single(forum.Topics);
    }

    [Fact]
    public async Task A_persons_message_in_a_topic_arrives_with_its_thread_its_sender_and_the_topics_creation_quoted()
    {
        var forum = Api.NewForum();
        var staff = Api.NewUser("Мария");
        var bot = Clients.For(Api);
        var topic = await bot.CreateForumTopic(forum.ChatId, "Клиент");
        var posted = await bot.SendMessage(forum.ChatId, "Вопрос клиента", messageThreadId: topic.MessageThreadId);

        forum.SendText(staff, topic.MessageThreadId, "Отвечу сегодня");
        forum.Reply(staff, Assert.Single(forum.BotMessages), "Уже ответила");
        var updates = await bot.GetUpdates();

        var plain = updates[0].Message!;
        var reply = updates[1].Message!;
        Assert.Equal((topic.MessageThreadId, true, "Мария", ChatType.Supergroup), (plain.MessageThreadId, plain.IsTopicMessage, plain.From!.FirstName, plain.Chat.Type));
        Assert.Equal(topic.MessageThreadId, plain.ReplyToMessage!.MessageId);
        Assert.NotNull(plain.ReplyToMessage.ForumTopicCreated);
        Assert.Equal(posted.MessageId, reply.ReplyToMessage!.MessageId);
    }
}
