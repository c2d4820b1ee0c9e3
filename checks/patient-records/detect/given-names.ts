/** Common US given names (a short list written for this project), to accept an unlabelled "First Last" such as a subject after "RE:". */

const NAMES =
  'james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul ' +
  'andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry ' +
  'justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry ' +
  'douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence ' +
  'dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell ' +
  'bobby mason philip louis carlos luis omar ahmed mohammed ali hector miguel jorge antonio manuel pedro francisco rafael victor ' +
  'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly emily ' +
  'donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda ' +
  'pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia ' +
  'joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann ' +
  'sara madison frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella ' +
  'theresa diana natalie brittany charlotte marie kayla alexis lori rosa ana carmen lucy jane sally julia irene ellen lillian ' +
  'agnes lynette stacey jacki gail rebecca mireille adriane marjorie susan ashley monte jerome tim rick victor teresa fatima aisha ' +
  'mei wei li ming hiroshi yuki priya raj anil sunita ivan olga dmitri sofia lucia elena paula';

const GIVEN = new Set(NAMES.split(' '));

/** True when the word is a common given name (case-insensitive). */
export const isGivenName = (word: string): boolean => GIVEN.has(word.toLowerCase().replace(/[^a-z]/g, ''));
