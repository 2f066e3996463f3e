// Phaser's entry for this game: what the scenes use (Game, Scene, Graphics, Text, tweens, the camera and the
// scale constants) and the scene plugins those need, from Phaser's sources, the way Phaser's own phaser-core.js
// entry takes its "core" (src/build/phaser-core.ts points `phaser` here in builds). Unlike phaser-core.js it
// leaves out what the game never uses: Phaser's input plugins (the DOM layer takes all input; src/main.ts turns
// Phaser's keyboard, mouse, touch and gamepad off), the loader and its file types (nothing is loaded: the scenes
// draw), sprites, images, layers, the animation and data namespaces, masks, filters and the timer plugin. A scene
// plugin not required here is not installed (Phaser's PluginManager skips keys it does not know), so `this.load`,
// `this.input` or `this.time` is undefined in a scene: a scene that needs one adds its require here. What
// Phaser's Game requires itself (its input manager, texture manager, scale manager …) stays.

var CONST = require('../../node_modules/phaser/src/const');
var Extend = require('../../node_modules/phaser/src/utils/object/Extend');

// The scene plugins register themselves with Phaser's PluginCache when required.
require('../../node_modules/phaser/src/gameobjects/DisplayList');
require('../../node_modules/phaser/src/gameobjects/UpdateList');
require('../../node_modules/phaser/src/gameobjects/GameObjectFactory');
require('../../node_modules/phaser/src/gameobjects/GameObjectCreator');
require('../../node_modules/phaser/src/scene/ScenePlugin');
require('../../node_modules/phaser/src/cameras/2d/CameraManager');
require('../../node_modules/phaser/src/events/EventEmitter');
require('../../node_modules/phaser/src/tweens/TweenManager');
// `this.add.graphics` and `this.add.text` (and `this.make.…`) register with the factory and the creator.
require('../../node_modules/phaser/src/gameobjects/graphics/GraphicsFactory');
require('../../node_modules/phaser/src/gameobjects/graphics/GraphicsCreator');
require('../../node_modules/phaser/src/gameobjects/text/TextFactory');
require('../../node_modules/phaser/src/gameobjects/text/TextCreator');

var Phaser = {
    Game: require('../../node_modules/phaser/src/core/Game'),
    Scene: require('../../node_modules/phaser/src/scene/Scene'),
    Scenes: { Events: require('../../node_modules/phaser/src/scene/events') },
    Scale: require('../../node_modules/phaser/src/scale'),
    GameObjects: {
        Graphics: require('../../node_modules/phaser/src/gameobjects/graphics/Graphics'),
        Text: require('../../node_modules/phaser/src/gameobjects/text/Text')
    },
    Math: {
        DegToRad: require('../../node_modules/phaser/src/math/DegToRad')
    }
};

Phaser = Extend(false, Phaser, CONST);

module.exports = Phaser;

global.Phaser = Phaser;
