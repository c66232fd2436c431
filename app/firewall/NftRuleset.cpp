#include "NftRuleset.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// A broken or hostile ruleset dump must not make the check allocate without bound.
constexpr qsizetype MaxObjects = 200000;

} // namespace

Result<NftRuleset> NftRuleset::fromJson(QByteArrayView json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return Error{u"nft printed no valid JSON (%1 at byte %2)"_s.arg(error.errorString()).arg(error.offset)};
    const QJsonValue top = document.object().value(u"nftables"_s);
    if (!top.isArray())
        return Error{u"nft's JSON has no \"nftables\" array"_s};
    const QJsonArray objects = top.toArray();
    if (objects.size() > MaxObjects)
        return Error{u"the ruleset has more than %1 objects"_s.arg(MaxObjects)};

    NftRuleset ruleset;
    QList<QJsonObject> rules;
    for (const QJsonValue& value : objects) {
        const QJsonObject object = value.toObject();
        if (object.contains(u"table"_s)) {
            const QJsonObject table = object.value(u"table"_s).toObject();
            ruleset.m_tables.append(table.value(u"family"_s).toString() + u' ' + table.value(u"name"_s).toString());
        } else if (object.contains(u"chain"_s)) {
            const QJsonObject chain = object.value(u"chain"_s).toObject();
            NftChain parsed;
            parsed.family = chain.value(u"family"_s).toString();
            parsed.table = chain.value(u"table"_s).toString();
            parsed.name = chain.value(u"name"_s).toString();
            parsed.type = chain.value(u"type"_s).toString();
            parsed.hook = chain.value(u"hook"_s).toString();
            parsed.device = chain.value(u"dev"_s).toString();
            parsed.priority = chain.value(u"prio"_s).toInt();
            parsed.policy = chain.value(u"policy"_s).toString(u"accept"_s);
            if (parsed.name.isEmpty())
                return Error{u"nft's JSON has a chain without a name"_s};
            ruleset.m_chains.append(parsed);
        } else if (object.contains(u"set"_s) || object.contains(u"map"_s)) {
            const bool isMap = object.contains(u"map"_s);
            const QJsonObject set = object.value(isMap ? u"map"_s : u"set"_s).toObject();
            QJsonValue elements = set.value(u"elem"_s);
            ruleset.m_sets.append({set.value(u"family"_s).toString(), set.value(u"table"_s).toString(),
                                   set.value(u"name"_s).toString(),
                                   elements.isArray() ? elements.toArray() : QJsonArray(), isMap});
        } else if (object.contains(u"rule"_s)) {
            rules.append(object.value(u"rule"_s).toObject());
        }
    }
    // Rules come after their chains in nft's output, but nothing here relies on it.
    for (const QJsonObject& rule : rules) {
        const QString family = rule.value(u"family"_s).toString();
        const QString table = rule.value(u"table"_s).toString();
        const QString name = rule.value(u"chain"_s).toString();
        auto chain = std::find_if(ruleset.m_chains.begin(), ruleset.m_chains.end(), [&](const NftChain& c) {
            return c.family == family && c.table == table && c.name == name;
        });
        if (chain == ruleset.m_chains.end())
            return Error{u"nft's JSON has a rule of a chain it does not list (%1 %2 %3)"_s.arg(family, table, name)};
        chain->rules.append({rule.value(u"handle"_s).toInteger(-1), rule.value(u"expr"_s).toArray()});
    }
    return ruleset;
}

const NftChain* NftRuleset::chain(const QString& family, const QString& table, const QString& name) const
{
    for (const NftChain& chain : m_chains) {
        if (chain.family == family && chain.table == table && chain.name == name)
            return &chain;
    }
    return nullptr;
}

const NftSet* NftRuleset::set(const QString& family, const QString& table, const QString& name) const
{
    for (const NftSet& set : m_sets) {
        if (set.family == family && set.table == table && set.name == name)
            return &set;
    }
    return nullptr;
}

NftRuleset NftRuleset::withRuleInserted(const NftRuleRef& where, const QJsonArray& statements) const
{
    NftRuleset copy = *this;
    for (NftChain& chain : copy.m_chains) {
        if (chain.family == where.family && chain.table == where.table && chain.name == where.chain)
            chain.rules.prepend({0, statements});
    }
    return copy;
}
